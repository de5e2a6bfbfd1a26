// GET /api/v1/posts/hot — HOT: posts with ≥ HOT_THRESHOLD 공감, newest first
import { withApi } from "@/lib/http/with-api";
import { pageQuerySchema } from "@/lib/http/cursor";
import { listHotPosts } from "@/lib/community/hot-best";

export const GET = withApi(async ({ viewer, query }) =>
  listHotPosts(viewer, query(pageQuerySchema)),
);
