import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { nameOfNumber } from "./anonymous-numbers";

// The names shown on a page of comments: the nicknames of the people shown by nickname and the
// 익명N numbers (on this post) of those shown anonymously. Either in ONE statement of their own
// (loadCommentAuthorNames: a reply page, a new comment) or as columns of the comments' own
// statement (nameColumns: a post's threads and their replies). The two stay apart either way: an
// anonymous comment's author columns are NULL in SQL, and a number is never looked up by nickname
// (comment-dto.ts decides per comment which of the two it shows).

export type CommentNicknames = Map<
  number,
  { id: number; nickname: string; profileImageUrl: string | null }
>;

type Row = {
  kind: string;
  userId: unknown;
  nickname: string | null;
  profileImageUrl: string | null;
  number: unknown;
};

export async function loadCommentAuthorNames(
  postId: number,
  anonymousUserIds: readonly number[],
  namedUserIds: readonly number[],
): Promise<{ anonymousNames: Map<number, string>; nicknames: CommentNicknames }> {
  const anonymous = [...new Set(anonymousUserIds)];
  const named = [...new Set(namedUserIds)];
  const anonymousNames = new Map<number, string>();
  const nicknames: CommentNicknames = new Map();
  if (anonymous.length === 0 && named.length === 0) return { anonymousNames, nicknames };
  const parts: Prisma.Sql[] = [];
  if (named.length) {
    parts.push(Prisma.sql`SELECT 'n' AS "kind", u."id" AS "userId", u."nickname" AS "nickname", u."profileImageUrl" AS "profileImageUrl", NULL AS "number"
      FROM "User" u WHERE u."id" IN (${Prisma.join(named)})`);
  }
  if (anonymous.length) {
    parts.push(Prisma.sql`SELECT 'a' AS "kind", a."userId" AS "userId", NULL AS "nickname", NULL AS "profileImageUrl", a."number" AS "number"
      FROM "AnonymousCommenter" a WHERE a."postId" = ${postId} AND a."userId" IN (${Prisma.join(anonymous)})`);
  }
  const rows = await prisma.$queryRaw<Row[]>(Prisma.join(parts, " UNION ALL "));
  for (const r of rows) {
    const id = Number(r.userId);
    if (r.kind === "a") anonymousNames.set(id, nameOfNumber(Number(r.number)));
    else nicknames.set(id, { id, nickname: r.nickname ?? "", profileImageUrl: r.profileImageUrl });
  }
  return { anonymousNames, nicknames };
}

/**
 * The same names as columns of a comment statement, for comment alias `alias` on post `postId`
 * (with `authorJoin(alias)` in its FROM): a nickname and picture only for a live comment shown by
 * nickname, a number only for a live anonymous one; NULL in SQL otherwise, so an anonymous
 * commenter's user columns never leave the database. namesOfRows turns them into the two maps.
 */
export function nameColumns(alias: "c" | "r" | "t", postId: number): Prisma.Sql {
  const c = Prisma.raw(alias);
  return Prisma.sql`CASE WHEN ${c}."isAnonymous" OR ${c}."deletedAt" IS NOT NULL THEN NULL ELSE u."nickname" END AS "authorNickname",
    CASE WHEN ${c}."isAnonymous" OR ${c}."deletedAt" IS NOT NULL THEN NULL ELSE u."profileImageUrl" END AS "authorImage",
    CASE WHEN ${c}."isAnonymous" AND ${c}."deletedAt" IS NULL
      THEN (SELECT a."number" FROM "AnonymousCommenter" a WHERE a."postId" = ${postId} AND a."userId" = ${c}."authorId") END AS "anonymousNumber"`;
}

export const authorJoin = (alias: "c" | "r" | "t") =>
  Prisma.sql`JOIN "User" u ON u."id" = ${Prisma.raw(alias)}."authorId"`;

export type NamedRow = {
  authorId: unknown;
  authorNickname: string | null;
  authorImage: string | null;
  anonymousNumber: unknown;
};

/** The names read with nameColumns, as loadCommentAuthorNames gives them. */
export function namesOfRows(rows: readonly NamedRow[]): {
  anonymousNames: Map<number, string>;
  nicknames: CommentNicknames;
} {
  const anonymousNames = new Map<number, string>();
  const nicknames: CommentNicknames = new Map();
  for (const r of rows) {
    const id = Number(r.authorId);
    if (r.anonymousNumber !== null && r.anonymousNumber !== undefined)
      anonymousNames.set(id, nameOfNumber(Number(r.anonymousNumber)));
    if (r.authorNickname !== null && r.authorNickname !== undefined)
      nicknames.set(id, { id, nickname: r.authorNickname, profileImageUrl: r.authorImage });
  }
  return { anonymousNames, nicknames };
}
