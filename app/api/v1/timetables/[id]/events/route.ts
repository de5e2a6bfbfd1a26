// POST /api/v1/timetables/:id/events — 직접 추가 (409 TIME_CONFLICT like lectures)
import { created, idParam, withApi } from "@/lib/http/with-api";
import { addEventToTimetable } from "@/lib/timetable/events";
import { createEventSchema } from "@/lib/timetable/schemas";

export const POST = withApi(
  async ({ viewer, params, body }) => {
    const id = idParam(params);
    return created(await addEventToTimetable(viewer, id, await body(createEventSchema)));
  },
  { access: "freshman" },
);
