// GET /api/v1/boards/:id — one board of the caller's school
import { idParam, withApi } from "@/lib/http/with-api";
import { getBoardOrThrow } from "@/lib/community/boards";

export const GET = withApi(async ({ viewer, params }) => getBoardOrThrow(viewer, idParam(params)), {
  access: "freshman",
});
