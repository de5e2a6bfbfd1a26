// GET /api/v1/posts/:id/comments — 댓글 목록 (oldest first, paginated by top-level comment, replies whole)
// POST /api/v1/posts/:id/comments — 댓글 / 답글 쓰기
import { created, idParam, withApi } from "@/lib/http/with-api";
import { listPostComments } from "@/lib/community/comment-threads";
import { createComment } from "@/lib/community/comment-writes";
import { commentListQuerySchema, createCommentSchema } from "@/lib/community/comment-schemas";

export const GET = withApi(
  async ({ viewer, params, query }) => {
    const postId = idParam(params, "id");
    return listPostComments(viewer, postId, query(commentListQuerySchema));
  },
  { access: "freshman" },
);

export const POST = withApi(
  async ({ viewer, params, body }) => {
    const postId = idParam(params, "id");
    return created(await createComment(viewer, postId, await body(createCommentSchema)));
  },
  { access: "freshman" },
);
