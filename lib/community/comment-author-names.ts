import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { nameOfNumber } from "./anonymous-numbers";

// The names shown on a page of comments, in ONE statement: the nicknames of the people shown by
// nickname and the 익명N numbers (on this post) of those shown anonymously. The two stay apart:
// an anonymous commenter's user row is never read, and their number is never looked up by
// nickname (comments.ts decides per comment which of the two it shows).

export type CommentNicknames = Map<number, { id: number; nickname: string; profileImageUrl: string | null }>;

type Row = { kind: string; userId: unknown; nickname: string | null; profileImageUrl: string | null; number: unknown };

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
