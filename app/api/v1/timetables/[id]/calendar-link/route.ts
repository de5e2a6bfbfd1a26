// POST /api/v1/timetables/:id/calendar-link — a new secret subscription URL (the old one stops working)
import { created, idParam, withApi } from "@/lib/http/with-api";
import { createCalendarLink } from "@/lib/timetable/calendar-service";

export const POST = withApi(
  async ({ viewer, params, req }) => {
    const { path } = await createCalendarLink(viewer, idParam(params));
    return created({ url: new URL(path, req.url).toString() });
  },
  { access: "freshman" },
);
