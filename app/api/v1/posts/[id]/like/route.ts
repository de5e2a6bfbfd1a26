// PUT /api/v1/posts/:id/like — 공감 (idempotent) → { liked, likeCount }
// DELETE /api/v1/posts/:id/like — 공감 취소 (idempotent) → { liked, likeCount }
import { idParam, withApi } from "@/lib/http/with-api";
import { likePost, unlikePost } from "@/lib/community/likes";

export const PUT = withApi(async ({ viewer, params }) => likePost(viewer, idParam(params)), {
  access: "freshman",
});

export const DELETE = withApi(async ({ viewer, params }) => unlikePost(viewer, idParam(params)), {
  access: "freshman",
});
