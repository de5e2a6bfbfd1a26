// GET /api/v1/posts — the caller's school's posts, newest first (same filters as a board, plus `board`)
import { withApi } from "@/lib/http/with-api";
import { listSchoolPosts } from "@/lib/community/posts";
import { schoolPostsQuerySchema } from "@/lib/community/schemas";

export const GET = withApi(async ({ viewer, query }) =>
  listSchoolPosts(viewer, query(schoolPostsQuerySchema)),
);
