// GET /api/v1/boards/:id — one open board of the caller's school
// PATCH /api/v1/boards/:id — the manager (or an admin): description, or hand it to a schoolmate
// DELETE /api/v1/boards/:id — an admin closes a student's board → 204
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { getBoard } from "@/lib/community/board-list";
import { closeBoard, updateBoard } from "@/lib/community/user-boards";
import { updateBoardSchema } from "@/lib/community/board-schemas";

export const GET = withApi(async ({ viewer, params }) => getBoard(viewer, idParam(params)), {
  access: "freshman", // a 새내기 reads the 새내기게시판 (lib/auth/gate.ts)
});

// Managing and closing boards: verified students (the default access).
export const PATCH = withApi(async ({ viewer, params, body }) => {
  const boardId = idParam(params);
  return updateBoard(viewer, boardId, await body(updateBoardSchema));
});

export const DELETE = withApi(async ({ viewer, params }) => {
  await closeBoard(viewer, idParam(params));
  return noContent();
});
