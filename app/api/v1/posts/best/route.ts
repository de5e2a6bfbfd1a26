// GET /api/v1/posts/best?season=2026-H2 — BEST: posts with ≥ BEST_THRESHOLD 공감 in a half-year season, most first
import { withApi } from "@/lib/http/with-api";
import { listBestPosts } from "@/lib/community/hot-best";
import { bestQuerySchema } from "@/lib/community/schemas";

export const GET = withApi(async ({ viewer, query }) =>
  listBestPosts(viewer, query(bestQuerySchema)),
);
