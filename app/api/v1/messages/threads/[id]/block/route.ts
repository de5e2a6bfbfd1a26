// POST /api/v1/messages/threads/:id/block — 차단 → 204
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { blockThread } from "@/lib/messages/service";

export const POST = withApi(async ({ viewer, params }) => {
  await blockThread(viewer, idParam(params));
  return noContent();
});
