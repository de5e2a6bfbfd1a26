// GET /api/v1/semester-dates — the caller's school's class days per semester (stored ones)
import { withApi } from "@/lib/http/with-api";
import { listSemesterDates } from "@/lib/timetable/calendar-service";

export const GET = withApi(async ({ viewer }) => ({ items: await listSemesterDates(viewer) }), {
  access: "freshman",
});
