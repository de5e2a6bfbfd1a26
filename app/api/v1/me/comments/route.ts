// GET /api/v1/me/comments — 댓글 단 글 (posts the caller commented on, latest comment first)
import { withApi } from "@/lib/http/with-api";
import { pageQuerySchema } from "@/lib/http/cursor";
import { listMyCommentedPosts } from "@/lib/community/my-lists";

export const GET = withApi(
  async ({ viewer, query }) => listMyCommentedPosts(viewer, query(pageQuerySchema)),
  { access: "freshman" },
);
