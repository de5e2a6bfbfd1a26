// GET /api/v1/me/scraps — 내 스크랩: posts the caller scrapped, newest scrap first
import { withApi } from "@/lib/http/with-api";
import { pageQuerySchema } from "@/lib/http/cursor";
import { listMyScraps } from "@/lib/community/my-lists";

export const GET = withApi(
  async ({ viewer, query }) => listMyScraps(viewer, query(pageQuerySchema)),
  { access: "freshman" },
);
