// GET /api/v1/timetables/:id/calendar.ics — the timetable as RFC 5545 weekly events (owner only)
import { idParam, withApi } from "@/lib/http/with-api";
import { exportTimetableCalendar, icsResponse } from "@/lib/timetable/calendar-service";

export const GET = withApi(
  async ({ viewer, params }) => {
    const { ics, name } = await exportTimetableCalendar(viewer, idParam(params));
    return icsResponse(ics, { download: name });
  },
  { access: "freshman" },
);
