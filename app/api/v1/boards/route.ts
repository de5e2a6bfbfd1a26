// GET /api/v1/boards — the caller's school's boards
import { withApi } from "@/lib/http/with-api";
import { listBoards } from "@/lib/community/boards";

export const GET = withApi(async ({ viewer }) => ({ items: await listBoards(viewer) }), {
  access: "freshman",
});
