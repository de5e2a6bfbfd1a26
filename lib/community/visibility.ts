import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer-type";

// Which posts and comments are there to see, in both the forms the code asks in: Prisma `where`
// objects and SQL conditions for the hand-written statements. A post or a comment is LIVE when it
// is neither deleted nor hidden by 신고 (lib/reports); a comment hidden by reports still shows to
// its author and to the school's admins, marked as hidden (SPEC). Each rule is written here once
// per form, and tests/unit/visibility.test.ts runs both forms over the same rows on SQLite and
// PostgreSQL and requires the same answer.

/** Live: not deleted, not hidden. The same object serves Post and Comment wheres. */
export const LIVE = {
  deletedAt: null,
  hiddenAt: null,
} as const satisfies Prisma.PostWhereInput & Prisma.CommentWhereInput;

/**
 * On an open board: a board an admin closed (a student's board, lib/community/user-boards.ts)
 * takes its posts out of every list with it; they stay reachable to their authors (and admins).
 */
export const OPEN_BOARD = {
  board: { closedAt: null },
} as const satisfies Prisma.PostWhereInput;

/** A table alias for the SQL forms (plain identifiers only: it is written into the statement). */
function column(alias: string | undefined, name: string): Prisma.Sql {
  if (alias !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(alias))
    throw new Error(`not a table alias: ${alias}`);
  return Prisma.raw(alias === undefined ? `"${name}"` : `${alias}."${name}"`);
}

/** LIVE as SQL, on a table alias (or on the bare columns of a one-table statement). */
export function liveSql(alias?: string): Prisma.Sql {
  return Prisma.sql`${column(alias, "deletedAt")} IS NULL AND ${column(alias, "hiddenAt")} IS NULL`;
}

/** OPEN_BOARD as SQL on a post alias: one primary-key probe of the post's board. */
export function openBoardSql(alias: string): Prisma.Sql {
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Board" cb WHERE cb."id" = ${column(alias, "boardId")} AND cb."closedAt" IS NOT NULL)`;
}

/** A comment the viewer sees: not deleted, and not hidden unless theirs or they are an admin. */
export function seenCommentWhere(viewer: Viewer): Prisma.CommentWhereInput {
  return viewer.isAdmin
    ? { deletedAt: null }
    : { deletedAt: null, OR: [{ hiddenAt: null }, { authorId: viewer.id }] };
}

/** seenCommentWhere as SQL on a comment alias. */
export function seenCommentSql(viewer: Viewer, alias: string): Prisma.Sql {
  return Prisma.sql`${column(alias, "deletedAt")} IS NULL AND (${column(alias, "hiddenAt")} IS NULL OR ${viewer.isAdmin} OR ${column(alias, "authorId")} = ${viewer.id})`;
}
