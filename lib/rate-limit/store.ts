import "server-only";
import { prisma } from "@/lib/db";

// The rate-limit state: one RateLimitBucket row per key, in the database so every server
// instance on the same database shares it. A claim is ONE statement, an UPSERT … RETURNING:
// the database serialises concurrent upserts of one key (PostgreSQL: the row lock the upsert
// takes; SQLite: its single writer), so a burst of any size cannot outrun the count.
//
// The window is anchored at the key's first claim (not at clock boundaries): it closes at
// resetAt, and the next claim after that opens a new one. Every claim adds its cost, refused ones
// included (they are answered without doing the work, and the window still ends on time).

export type BucketState = { count: number; resetAt: number };

/** Adds `cost` to the key's count in its current window (or opens a new window) and returns the new state. */
export async function addToBucket(
  key: string,
  cost: number,
  windowMs: number,
  now: number,
): Promise<BucketState> {
  const nowMs = BigInt(now);
  const resetAt = BigInt(now + windowMs);
  const add = BigInt(cost);
  const rows = await prisma.$queryRaw<{ count: bigint | number; resetAt: bigint | number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt") VALUES (${key}, ${add}, ${resetAt})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowMs} THEN ${add} ELSE "RateLimitBucket"."count" + ${add} END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= ${nowMs} THEN ${resetAt} ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  return { count: Number(rows[0].count), resetAt: Number(rows[0].resetAt) };
}

/** Gives `cost` back to the window it was claimed in (no-op once that window has closed). */
export async function subtractFromBucket(
  key: string,
  cost: number,
  resetAt: number,
): Promise<void> {
  await prisma.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = "count" - ${BigInt(cost)}
    WHERE "key" = ${key} AND "resetAt" = ${BigInt(resetAt)} AND "count" >= ${BigInt(cost)}`;
}

/** Forgets the key (its next claim opens a new window). */
export async function deleteBucket(key: string): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "key" = ${key}`;
}

/** Deletes closed windows (run by the maintenance job; a closed row is only dead weight). */
export async function pruneBuckets(now: number): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "resetAt" <= ${BigInt(now)}`;
}
