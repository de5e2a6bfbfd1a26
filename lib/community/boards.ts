import "server-only";
import type { BoardKind } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertBoardReadable, boardsRestricted, mayReadBoard } from "@/lib/auth/gate";

export const boardSelect = { id: true, name: true, description: true, kind: true } as const;

type BoardRow = { id: number; name: string; description: string; kind: BoardKind };

/** A SECRET board (비밀게시판) takes only anonymous posts and comments: its forms offer no choice. */
export function isAnonymousOnlyBoard(kind: BoardKind): boolean {
  return kind === "SECRET";
}

/** Whether a post or comment on a board of this kind goes out anonymous: forced on a SECRET board, else as asked. */
export function anonymityOn(kind: BoardKind, requested: boolean): boolean {
  return isAnonymousOnlyBoard(kind) || requested;
}

// Every student of a school reads the same boards on every page and list, and boards change only
// by hand (seed, operators): a per-process cache of each school's boards, kept BOARD_CACHE_MS.
// A board id not in the cached list is looked up again, so a new board is there at once; a
// renamed board shows its new name within BOARD_CACHE_MS (docs/DECISIONS.md).
export const BOARD_CACHE_MS = 5_000;
const boardCache = new TtlCache<number, BoardRow[]>(BOARD_CACHE_MS);

function readBoards(schoolId: number): Promise<BoardRow[]> {
  return prisma.board.findMany({
    where: { schoolId },
    select: boardSelect,
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
}

function schoolBoards(schoolId: number, fresh = false): Promise<BoardRow[]> {
  if (fresh) boardCache.delete(schoolId);
  return boardCache.get(schoolId, () => readBoards(schoolId));
}

/** Forgets the cached boards (all schools, or one): for code that changes boards. */
export function clearBoardCache(schoolId?: number) {
  if (schoolId === undefined) boardCache.clear();
  else boardCache.delete(schoolId);
}

/** Every board of a school, in display order (shared: copy before changing). */
export function allSchoolBoards(schoolId: number): Promise<readonly BoardRow[]> {
  return schoolBoards(schoolId);
}

/** The viewer's school's boards that the viewer reads (a 새내기: its own board), in display order. */
export async function listBoards(viewer: Viewer): Promise<BoardRow[]> {
  return (await schoolBoards(viewer.schoolId))
    .filter((b) => mayReadBoard(viewer, b.kind))
    .map((b) => ({ ...b }));
}

/**
 * One board of the viewer's school; another school's board is NOT_FOUND, one the viewer's 학교
 * 인증 does not reach (a 새내기 on another board) 403 VERIFICATION_REQUIRED.
 */
export async function getBoardOrThrow(viewer: Viewer, boardId: number): Promise<BoardRow> {
  let board = (await schoolBoards(viewer.schoolId)).find((b) => b.id === boardId);
  if (!board) board = (await schoolBoards(viewer.schoolId, true)).find((b) => b.id === boardId);
  if (!board) throw notFound("게시판");
  assertBoardReadable(viewer, board.kind);
  return { ...board };
}

/**
 * For a post already read: refuses a viewer who may read only some boards (a 새내기) when the
 * post is on another. Costs nothing for everyone else (no statement; boards are cached).
 */
export async function assertPostBoardReadable(viewer: Viewer, boardId: number): Promise<void> {
  if (boardsRestricted(viewer)) await getBoardOrThrow(viewer, boardId);
}
