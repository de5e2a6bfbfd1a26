import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// Post.likeCount / scrapCount / commentCount are denormalised counts of rows. They change in the
// same transaction as the row they count, with a relative UPDATE (no read-modify-write race),
// and through raw SQL so that Prisma's @updatedAt is left alone: a post's updatedAt means its
// title or content was edited, not that someone pressed 공감.

export type PostCounter = "likeCount" | "scrapCount" | "commentCount";

type Db = Pick<Prisma.TransactionClient, "$executeRaw">;

export function incrementPostCounter(db: Db, postId: number, counter: PostCounter) {
  switch (counter) {
    case "likeCount":
      return db.$executeRaw`UPDATE "Post" SET "likeCount" = "likeCount" + 1 WHERE "id" = ${postId}`;
    case "scrapCount":
      return db.$executeRaw`UPDATE "Post" SET "scrapCount" = "scrapCount" + 1 WHERE "id" = ${postId}`;
    case "commentCount":
      return db.$executeRaw`UPDATE "Post" SET "commentCount" = "commentCount" + 1 WHERE "id" = ${postId}`;
  }
}

export function decrementPostCounter(db: Db, postId: number, counter: PostCounter) {
  switch (counter) {
    case "likeCount":
      return db.$executeRaw`UPDATE "Post" SET "likeCount" = CASE WHEN "likeCount" > 0 THEN "likeCount" - 1 ELSE 0 END WHERE "id" = ${postId}`;
    case "scrapCount":
      return db.$executeRaw`UPDATE "Post" SET "scrapCount" = CASE WHEN "scrapCount" > 0 THEN "scrapCount" - 1 ELSE 0 END WHERE "id" = ${postId}`;
    case "commentCount":
      return db.$executeRaw`UPDATE "Post" SET "commentCount" = CASE WHEN "commentCount" > 0 THEN "commentCount" - 1 ELSE 0 END WHERE "id" = ${postId}`;
  }
}
