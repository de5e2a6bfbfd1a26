import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { containsTextSql, dateParam } from "@/lib/db-dialect";
import { assertBoardReadable, boardsRestricted } from "@/lib/auth/gate";
import type { Viewer } from "@/lib/auth/viewer";
import { notFound } from "@/lib/http/errors";
import { decodeCursor, encodeCursor, type Page } from "@/lib/http/cursor";
import { idSchema } from "@/lib/validation/id";
import {
  BOARD_COLUMNS,
  boardRowOf,
  isFavoriteSql,
  readBoard,
  type BoardRow,
  type RawBoardRow,
} from "./boards";
import type { BoardListQuery } from "./board-schemas";

// The board list (GET /api/v1/boards, 게시판 찾기): the viewer's favourites first (in the order
// they were starred), then the school's own boards (their display order), then the boards students
// made, newest first or most active first (`sort`). A favourite is listed once, in the first part.
// `q` (name or description contains, literally) and `kind` narrow all three. One statement: each
// part's next rows by its own index-ordered keyset, LIMIT page + 1 each, in one UNION ALL; the
// cursor says which part a page stopped in and where.

export type BoardDto = {
  id: number;
  name: string;
  description: string;
  kind: BoardRow["kind"];
  anonymousOnly: boolean;
  isFavorite: boolean;
  manager: { nickname: string } | null;
  createdAt: string;
};

/** The API's shape of a board; `manager` only on a student's board. */
export function toBoardDto(board: BoardRow, isFavorite: boolean): BoardDto {
  return {
    id: board.id,
    name: board.name,
    description: board.description,
    kind: board.kind,
    anonymousOnly: board.anonymousOnly || board.kind === "SECRET",
    isFavorite,
    manager: board.kind === "USER" ? board.manager : null,
    createdAt: board.createdAt.toISOString(),
  };
}

/** GET /api/v1/boards/:id: an open board of the viewer's school with their star; else NOT_FOUND. */
export async function getBoard(viewer: Viewer, boardId: number): Promise<BoardDto> {
  const board = await readBoard(viewer.schoolId, boardId, viewer.id);
  if (!board || board.closedAt) throw notFound("게시판");
  assertBoardReadable(viewer, board.kind); // a 새내기 reads the 새내기게시판 only
  return toBoardDto(board, board.isFavorite);
}

/** Parts of the list, in order. */
const FAVORITES = 0;
const FIXED = 1;
const STUDENTS = 2;

// k: the part's sort value of the last item (a favourite's starring time in ms, a fixed board's
// position, a student's board's activity; 0 for newest-first).
const boardCursor = z.object({
  s: z.number().int().min(FAVORITES).max(STUDENTS),
  k: z.number().finite(),
  id: idSchema(),
});

type ListRow = RawBoardRow & { part: unknown; sortAt: unknown; sortKey: unknown };

const asNumber = (v: unknown) => Number(v ?? 0);
const msOf = (v: unknown) => (v instanceof Date ? v.getTime() : new Date(String(v)).getTime());

export async function listBoards(viewer: Viewer, query: BoardListQuery): Promise<Page<BoardDto>> {
  const cursor = decodeCursor(query.cursor, boardCursor);
  const take = query.limit + 1;
  const common: Prisma.Sql[] = [
    Prisma.sql`b."schoolId" = ${viewer.schoolId}`,
    Prisma.sql`b."closedAt" IS NULL`,
  ];
  if (query.q)
    common.push(
      Prisma.sql`(${containsTextSql(Prisma.sql`b."name"`, query.q)} OR ${containsTextSql(Prisma.sql`b."description"`, query.q)})`,
    );
  if (query.kind) common.push(Prisma.sql`b."kind" = ${query.kind}`);
  // A 새내기 (lib/auth/gate.ts) lists the boards they read: the 새내기게시판.
  if (boardsRestricted(viewer)) common.push(Prisma.sql`b."kind" = 'FRESHMAN'`);
  const favorite = isFavoriteSql(viewer.id);
  const active = query.sort === "active";
  const from = Prisma.sql`FROM "Board" b LEFT JOIN "User" m ON m."id" = b."managerId"`;

  // Where each part starts: after the cursor in its own part, from the top in later parts.
  const after = (part: number, bound: Prisma.Sql): Prisma.Sql | null => {
    if (!cursor || cursor.s < part) return Prisma.sql`1 = 1`;
    if (cursor.s > part) return null;
    return bound;
  };
  const parts: Prisma.Sql[] = [];
  const favBound = after(
    FAVORITES,
    cursor
      ? Prisma.sql`(f."createdAt" > ${dateParam(new Date(cursor.k))} OR (f."createdAt" = ${dateParam(new Date(cursor.k))} AND b."id" > ${cursor.id}))`
      : Prisma.sql`1 = 1`,
  );
  if (favBound)
    parts.push(Prisma.sql`SELECT * FROM (
      SELECT ${Prisma.raw(String(FAVORITES))} AS "part", f."createdAt" AS "sortAt", CAST(0 AS DOUBLE PRECISION) AS "sortKey", ${BOARD_COLUMNS}
      FROM "BoardFavorite" f JOIN "Board" b ON b."id" = f."boardId" LEFT JOIN "User" m ON m."id" = b."managerId"
      WHERE f."userId" = ${viewer.id} AND ${Prisma.join(common, " AND ")} AND ${favBound}
      ORDER BY f."createdAt" ASC, b."id" ASC LIMIT ${take}) p0`);
  const fixedBound = after(
    FIXED,
    cursor
      ? Prisma.sql`(b."position" > ${cursor.k} OR (b."position" = ${cursor.k} AND b."id" > ${cursor.id}))`
      : Prisma.sql`1 = 1`,
  );
  if (fixedBound)
    parts.push(Prisma.sql`SELECT * FROM (
      SELECT ${Prisma.raw(String(FIXED))} AS "part", CAST(NULL AS TIMESTAMP) AS "sortAt", CAST(b."position" AS DOUBLE PRECISION) AS "sortKey", ${BOARD_COLUMNS}
      ${from}
      WHERE b."kind" <> 'USER' AND ${Prisma.join(common, " AND ")} AND NOT ${favorite} AND ${fixedBound}
      ORDER BY b."position" ASC, b."id" ASC LIMIT ${take}) p1`);
  const studentBound = after(
    STUDENTS,
    !cursor
      ? Prisma.sql`1 = 1`
      : active
        ? Prisma.sql`(b."activity" < ${cursor.k} OR (b."activity" = ${cursor.k} AND b."id" < ${cursor.id}))`
        : Prisma.sql`b."id" < ${cursor.id}`,
  );
  if (studentBound)
    parts.push(Prisma.sql`SELECT * FROM (
      SELECT ${Prisma.raw(String(STUDENTS))} AS "part", CAST(NULL AS TIMESTAMP) AS "sortAt", CAST(${active ? Prisma.sql`b."activity"` : Prisma.sql`0`} AS DOUBLE PRECISION) AS "sortKey", ${BOARD_COLUMNS}
      ${from}
      WHERE b."kind" = 'USER' AND ${Prisma.join(common, " AND ")} AND NOT ${favorite} AND ${studentBound}
      ORDER BY ${active ? Prisma.sql`b."activity" DESC, b."id" DESC` : Prisma.sql`b."id" DESC`} LIMIT ${take}) p2`);

  const rows = parts.length
    ? await prisma.$queryRaw<ListRow[]>(Prisma.sql`${Prisma.join(parts, " UNION ALL ")}`)
    : [];
  const items = rows
    .map((r) => ({
      part: asNumber(r.part),
      at: r.sortAt === null || r.sortAt === undefined ? 0 : msOf(r.sortAt),
      key: asNumber(r.sortKey),
      board: boardRowOf(r),
    }))
    .sort((a, b) => {
      if (a.part !== b.part) return a.part - b.part;
      if (a.part === FAVORITES) return a.at - b.at || a.board.id - b.board.id;
      if (a.part === FIXED) return a.key - b.key || a.board.id - b.board.id;
      return b.key - a.key || b.board.id - a.board.id;
    });
  const shown = items.slice(0, query.limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map((i) => toBoardDto(i.board, i.part === FAVORITES)),
    nextCursor:
      items.length > query.limit && last
        ? encodeCursor({
            s: last.part,
            k: last.part === FAVORITES ? last.at : last.key,
            id: last.board.id,
          })
        : null,
  };
}
