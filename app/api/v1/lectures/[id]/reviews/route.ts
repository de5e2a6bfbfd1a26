// GET, POST /api/v1/lectures/:id/reviews — 강의평가 (anonymous), one per user per lecture
import { created, idParam, withApi } from "@/lib/http/with-api";
import { pageQuerySchema } from "@/lib/http/cursor";
import { createLectureReview, listLectureReviews } from "@/lib/lectures/reviews";
import { reviewInputSchema } from "@/lib/lectures/schemas";

export const GET = withApi(async ({ viewer, params, query }) =>
  listLectureReviews(viewer, idParam(params), query(pageQuerySchema)),
);

export const POST = withApi(async ({ viewer, params, body }) => {
  const lectureId = idParam(params);
  return created(await createLectureReview(viewer, lectureId, await body(reviewInputSchema)));
});
