// GET /api/v1/lectures/:id — one lecture of the caller's school
import { idParam, withApi } from "@/lib/http/with-api";
import { getLectureOrThrow } from "@/lib/lectures/lectures";

export const GET = withApi(
  async ({ viewer, params }) => getLectureOrThrow(viewer, idParam(params)),
  { access: "freshman" },
);
