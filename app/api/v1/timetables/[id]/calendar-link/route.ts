// POST /api/v1/timetables/:id/calendar-link — a new secret subscription URL (the old one stops working)
import { created, idParam, withApi } from "@/lib/http/with-api";
import { createCalendarLink } from "@/lib/timetable/calendar-service";

export const POST = withApi(
  async ({ viewer, params }) => created(await createCalendarLink(viewer, idParam(params))),
  { access: "freshman" },
);
