import type { Prisma } from "@/generated/prisma/client";

// 활동순 (게시판 찾기): a student's board's `activity` is Σ 2^((t − ACTIVITY_EPOCH) / HALF_LIFE) over
// its posts' times t. Every board's value at a later moment is the same multiple of it, so the
// stored sums order the boards by their activity now, with each post counting half after 14 days,
// and a post adds its term with a relative UPDATE (no read, no lost update).
const ACTIVITY_EPOCH = Date.UTC(2026, 0, 1);
const ACTIVITY_HALF_LIFE_MS = 14 * 86_400_000;

/** The `activity` a post written at `at` adds to its board. */
export function activityOf(at: Date): number {
  return 2 ** ((at.getTime() - ACTIVITY_EPOCH) / ACTIVITY_HALF_LIFE_MS);
}

/** Inside a new post's transaction: a student's board gets the post's activity. */
export async function addBoardActivity(
  tx: Prisma.TransactionClient,
  boardId: number,
  at: Date,
): Promise<void> {
  await tx.$executeRaw`UPDATE "Board" SET "activity" = "activity" + ${activityOf(at)} WHERE "id" = ${boardId}`;
}
