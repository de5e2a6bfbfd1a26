// PATCH, DELETE /api/v1/timetables/:id/events/:eventId — edit or delete a 직접 추가 event (owner only)
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { deleteTimetableEvent, updateTimetableEvent } from "@/lib/timetable/events";
import { updateEventSchema } from "@/lib/timetable/schemas";

export const PATCH = withApi(
  async ({ viewer, params, body }) => {
    const id = idParam(params);
    const eventId = idParam(params, "eventId");
    return updateTimetableEvent(viewer, id, eventId, await body(updateEventSchema));
  },
  { access: "freshman" },
);

export const DELETE = withApi(
  async ({ viewer, params }) => {
    await deleteTimetableEvent(viewer, idParam(params), idParam(params, "eventId"));
    return noContent();
  },
  { access: "freshman" },
);
