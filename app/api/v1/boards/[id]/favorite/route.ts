// PUT /api/v1/boards/:id/favorite — 즐겨찾기 (idempotent) → { favorite: true }
// DELETE /api/v1/boards/:id/favorite — 즐겨찾기 해제 (idempotent) → { favorite: false }
import { idParam, withApi } from "@/lib/http/with-api";
import { setFavorite } from "@/lib/community/user-boards";

export const PUT = withApi(async ({ viewer, params }) =>
  setFavorite(viewer, idParam(params), true),
);

export const DELETE = withApi(async ({ viewer, params }) =>
  setFavorite(viewer, idParam(params), false),
);
