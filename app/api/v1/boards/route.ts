// GET /api/v1/boards — the caller's school's boards: favourites first, then the school's own, then
// the students' (?q= name or description, ?kind=, ?sort=new|active), paged
// POST /api/v1/boards — 게시판 만들기 → 201 board (kind USER, the caller its manager)
import { created, withApi } from "@/lib/http/with-api";
import { listBoards } from "@/lib/community/board-list";
import { createBoard } from "@/lib/community/user-boards";
import { boardListQuerySchema, createBoardSchema } from "@/lib/community/board-schemas";

export const GET = withApi(
  async ({ viewer, query }) => listBoards(viewer, query(boardListQuerySchema)),
  { access: "freshman" }, // a 새내기 gets the 새내기게시판 only (board-list.ts)
);

// 게시판 만들기: verified students only (the default access).
export const POST = withApi(async ({ viewer, body }) =>
  created(await createBoard(viewer, await body(createBoardSchema))),
);
