// DELETE /api/v1/timetables/:id/lectures/:lectureId — take a lecture out of the timetable
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { removeLectureFromTimetable } from "@/lib/timetable/service";

export const DELETE = withApi(
  async ({ viewer, params }) => {
    await removeLectureFromTimetable(viewer, idParam(params), idParam(params, "lectureId"));
    return noContent();
  },
  { access: "freshman" },
);
