import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { lockRowForUpdate } from "@/lib/db-dialect";
import { anonymousName, POST_AUTHOR_ANONYMOUS_NAME } from "./comment-names";

// 익명N, stored (AnonymousCommenter): a commenter's number is given once, in the transaction of
// their first anonymous comment on the post, and never recomputed. Under concurrency the
// numbering step is serialised per post (PostgreSQL: the post's row lock, taken first; SQLite:
// its single writer), and (postId, number) / (postId, userId) are unique, so what a commenter is
// told is final and nobody else gets it. The rule itself is comment-names.ts's: numbers in the
// order of first anonymous comments; the author of an anonymous post is 익명(글쓴이) (stored 0);
// deleted comments keep their numbers (rows are never removed).

export type NumberingPost = { id: number; authorId: number; isAnonymous: boolean };

export const nameOfNumber = (n: number) =>
  n === 0 ? POST_AUTHOR_ANONYMOUS_NAME : anonymousName(n);

/** Serialises comment writes on one post until the transaction ends. */
export async function lockPostForComment(
  tx: Prisma.TransactionClient,
  postId: number,
): Promise<void> {
  await lockRowForUpdate(tx, "Post", postId);
}

/** The commenter's number on the post, given now if they have none (call with the post locked). */
export async function assignAnonymousNumber(
  tx: Prisma.TransactionClient,
  post: NumberingPost,
  userId: number,
): Promise<number> {
  const existing = await tx.anonymousCommenter.findUnique({
    where: { postId_userId: { postId: post.id, userId } },
    select: { number: true },
  });
  if (existing) return existing.number;
  let number = 0;
  if (!(post.isAnonymous && userId === post.authorId)) {
    const max = await tx.anonymousCommenter.aggregate({
      where: { postId: post.id },
      _max: { number: true },
    });
    number = Math.max(0, max._max.number ?? 0) + 1;
  }
  await tx.anonymousCommenter.create({
    data: { postId: post.id, userId, number },
    select: { number: true },
  });
  return number;
}

/** user id → 익명N / 익명(글쓴이) for the post's anonymous commenters (only those asked for). */
export async function loadAnonymousNames(
  postId: number,
  userIds: readonly number[],
): Promise<Map<number, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await prisma.anonymousCommenter.findMany({
    where: { postId, userId: { in: [...new Set(userIds)] } },
    select: { userId: true, number: true },
  });
  return new Map(rows.map((r) => [r.userId, nameOfNumber(r.number)]));
}
