// GET /api/v1/me/posts — 내가 쓴 글: the caller's own posts, anonymous ones included, newest first
import { withApi } from "@/lib/http/with-api";
import { pageQuerySchema } from "@/lib/http/cursor";
import { listMyPosts } from "@/lib/community/my-lists";

export const GET = withApi(
  async ({ viewer, query }) => listMyPosts(viewer, query(pageQuerySchema)),
  { access: "freshman" },
);
