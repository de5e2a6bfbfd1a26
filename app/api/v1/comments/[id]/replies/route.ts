// GET /api/v1/comments/:id/replies — 답글 더 보기: a top-level comment's replies after `cursor` (oldest first)
import { idParam, withApi } from "@/lib/http/with-api";
import { listReplies } from "@/lib/community/comment-threads";
import { replyListQuerySchema } from "@/lib/community/comment-schemas";

export const GET = withApi(
  async ({ viewer, params, query }) =>
    listReplies(viewer, idParam(params, "id"), query(replyListQuerySchema)),
  { access: "freshman" },
);
