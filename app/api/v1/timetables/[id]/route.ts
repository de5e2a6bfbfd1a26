// GET, PATCH, DELETE /api/v1/timetables/:id — owner only (rename, primary, visibility, delete)
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { deleteTimetable, getMyTimetable, updateTimetable } from "@/lib/timetable/service";
import { updateTimetableSchema } from "@/lib/timetable/schemas";

export const GET = withApi(async ({ viewer, params }) => getMyTimetable(viewer, idParam(params)), {
  access: "freshman",
});

export const PATCH = withApi(
  async ({ viewer, params, body }) => {
    const id = idParam(params);
    return updateTimetable(viewer, id, await body(updateTimetableSchema));
  },
  { access: "freshman" },
);

export const DELETE = withApi(
  async ({ viewer, params }) => {
    await deleteTimetable(viewer, idParam(params));
    return noContent();
  },
  { access: "freshman" },
);
