// POST /api/v1/timetables/:id/lectures — add a lecture (409 ALREADY_EXISTS / TIME_CONFLICT)
import { created, idParam, withApi } from "@/lib/http/with-api";
import { addLectureToTimetable } from "@/lib/timetable/service";
import { addLectureSchema } from "@/lib/timetable/schemas";

export const POST = withApi(
  async ({ viewer, params, body }) => {
    const id = idParam(params);
    const { lectureId } = await body(addLectureSchema);
    return created(await addLectureToTimetable(viewer, id, lectureId));
  },
  { access: "freshman" },
);
