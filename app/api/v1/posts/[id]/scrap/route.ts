// PUT /api/v1/posts/:id/scrap — 스크랩 (idempotent) → { scrapped, scrapCount }
// DELETE /api/v1/posts/:id/scrap — 스크랩 취소 (idempotent) → { scrapped, scrapCount }
import { idParam, withApi } from "@/lib/http/with-api";
import { scrapPost, unscrapPost } from "@/lib/community/scraps";

export const PUT = withApi(async ({ viewer, params }) => scrapPost(viewer, idParam(params)), {
  access: "freshman",
});

export const DELETE = withApi(async ({ viewer, params }) => unscrapPost(viewer, idParam(params)), {
  access: "freshman",
});
