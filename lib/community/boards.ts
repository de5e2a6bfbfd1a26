import "server-only";
import { Prisma, type BoardKind } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { sqlTrue } from "@/lib/db-dialect";
import { notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertBoardReadable, boardsRestricted } from "@/lib/auth/gate";

// A school's boards: its own (fixed) boards, the same for every student and changed only by hand,
// and the boards its students made (kind USER, lib/community/user-boards.ts), which change
// through the app (description, manager, closing) and are therefore read fresh.

/** A board as the services use it (the API's shape is BoardDto, board-list.ts). */
export type BoardRow = {
  id: number;
  schoolId: number;
  name: string;
  description: string;
  kind: BoardKind;
  anonymousOnly: boolean;
  managerId: number | null;
  manager: { nickname: string } | null;
  createdAt: Date;
  closedAt: Date | null;
};

/** A SECRET board (비밀게시판), or a student's board made so, takes only anonymous posts and comments. */
export function isAnonymousOnlyBoard(board: Pick<BoardRow, "kind" | "anonymousOnly">): boolean {
  return board.kind === "SECRET" || board.anonymousOnly;
}

/** Whether a post or comment on this board goes out anonymous: forced on an anonymous-only board, else as asked. */
export function anonymityOn(
  board: Pick<BoardRow, "kind" | "anonymousOnly">,
  requested: boolean,
): boolean {
  return isAnonymousOnlyBoard(board) || requested;
}

export type RawBoardRow = {
  id: unknown;
  schoolId: unknown;
  name: string;
  description: string;
  kind: string;
  anonymousOnly: unknown;
  managerId: unknown;
  managerNickname: string | null;
  createdAt: unknown;
  closedAt: unknown;
};

const toDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));

/** The columns of boardRowOf, on board alias `b` and its manager `m` (LEFT JOIN). */
export const BOARD_COLUMNS = Prisma.sql`b."id", b."schoolId", b."name", b."description", b."kind",
  b."anonymousOnly", b."managerId", m."nickname" AS "managerNickname", b."createdAt", b."closedAt"`;

export function boardRowOf(r: RawBoardRow): BoardRow {
  const managerId = r.managerId === null || r.managerId === undefined ? null : Number(r.managerId);
  return {
    id: Number(r.id),
    schoolId: Number(r.schoolId),
    name: r.name,
    description: r.description,
    kind: r.kind as BoardKind,
    anonymousOnly: sqlTrue(r.anonymousOnly),
    managerId,
    manager:
      managerId !== null && r.managerNickname !== null ? { nickname: r.managerNickname } : null,
    createdAt: toDate(r.createdAt),
    closedAt: r.closedAt === null || r.closedAt === undefined ? null : toDate(r.closedAt),
  };
}

// Every student of a school reads the same fixed boards on every page and list, and they change
// only by hand (seed, operators): a per-process cache of each school's fixed boards, kept
// BOARD_CACHE_MS. A board id not in it is read from the database (a student's board, or a fixed
// board added meanwhile); a renamed fixed board shows its new name within BOARD_CACHE_MS.
export const BOARD_CACHE_MS = 5_000;
const fixedBoardCache = new TtlCache<number, BoardRow[]>(BOARD_CACHE_MS);

async function readFixedBoards(schoolId: number): Promise<BoardRow[]> {
  const rows = await prisma.board.findMany({
    where: { schoolId, kind: { not: "USER" } },
    select: {
      id: true,
      schoolId: true,
      name: true,
      description: true,
      kind: true,
      anonymousOnly: true,
      createdAt: true,
      closedAt: true,
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  return rows.map((b) => ({ ...b, managerId: null, manager: null }));
}

/** The school's own boards (not students' boards), in their display order; shared: copy before changing. */
export function schoolFixedBoards(schoolId: number): Promise<readonly BoardRow[]> {
  return fixedBoardCache.get(schoolId, () => readFixedBoards(schoolId));
}

/** Forgets the cached fixed boards (all schools, or one): for code that changes them. */
export function clearBoardCache(schoolId?: number) {
  if (schoolId === undefined) fixedBoardCache.clear();
  else fixedBoardCache.delete(schoolId);
}

/** SQL: the user starred board `b` (즐겨찾기). */
export const isFavoriteSql = (userId: number) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "BoardFavorite" f WHERE f."userId" = ${userId} AND f."boardId" = b."id")`;

/**
 * One board of a school as it is now, open or closed; null when the school has no such board.
 * With `favoriteOf`, also whether that user starred it (the same statement).
 */
export async function readBoard(
  schoolId: number,
  boardId: number,
  favoriteOf?: number,
): Promise<(BoardRow & { isFavorite: boolean }) | null> {
  const favorite = favoriteOf === undefined ? Prisma.sql`0` : isFavoriteSql(favoriteOf);
  const rows = await prisma.$queryRaw<(RawBoardRow & { isFavorite: unknown })[]>(Prisma.sql`
    SELECT ${BOARD_COLUMNS}, ${favorite} AS "isFavorite"
    FROM "Board" b LEFT JOIN "User" m ON m."id" = b."managerId"
    WHERE b."id" = ${boardId} AND b."schoolId" = ${schoolId}`);
  return rows[0] ? { ...boardRowOf(rows[0]), isFavorite: sqlTrue(rows[0].isFavorite) } : null;
}

/**
 * A board of the viewer's school, closed or not (a closed board's posts stay their authors'):
 * a fixed board from the cache, anything else read. NOT_FOUND for another school's board.
 */
export async function findSchoolBoard(viewer: Viewer, boardId: number): Promise<BoardRow> {
  const fixed = (await schoolFixedBoards(viewer.schoolId)).find((b) => b.id === boardId);
  if (fixed) return { ...fixed };
  const board = await readBoard(viewer.schoolId, boardId);
  if (!board) throw notFound("게시판");
  return board;
}

/**
 * One open board of the viewer's school; another school's board and a closed one are NOT_FOUND,
 * one the viewer's 학교 인증 does not reach (a 새내기 on another board) 403 VERIFICATION_REQUIRED.
 * A fixed board costs no statement (cached); a student's board one.
 */
export async function getBoardOrThrow(viewer: Viewer, boardId: number): Promise<BoardRow> {
  const board = await findSchoolBoard(viewer, boardId);
  if (board.closedAt) throw notFound("게시판");
  assertBoardReadable(viewer, board.kind);
  return board;
}

/**
 * For a post already read: refuses a viewer who may read only some boards (a 새내기) when the
 * post is on another. Costs nothing for everyone else (no statement; boards are cached).
 */
export async function assertPostBoardReadable(viewer: Viewer, boardId: number): Promise<void> {
  if (boardsRestricted(viewer)) await getBoardOrThrow(viewer, boardId);
}
