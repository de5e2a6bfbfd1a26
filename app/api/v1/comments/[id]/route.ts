// DELETE /api/v1/comments/:id — 댓글 삭제 (soft; the author or an admin)
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { deleteComment } from "@/lib/community/comment-writes";

export const DELETE = withApi(
  async ({ viewer, params }) => {
    await deleteComment(viewer, idParam(params, "id"));
    return noContent();
  },
  { access: "freshman" },
);
