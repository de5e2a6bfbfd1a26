/*
  Warnings:

  - You are about to drop the `LoginFailure` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropTable
DROP TABLE "LoginFailure";

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" BIGINT NOT NULL,
    "resetAt" BIGINT NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AnonymousCommenter" (
    "postId" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnonymousCommenter_pkey" PRIMARY KEY ("postId","userId")
);

-- CreateIndex
CREATE INDEX "RateLimitBucket_resetAt_idx" ON "RateLimitBucket"("resetAt");

-- CreateIndex
CREATE UNIQUE INDEX "AnonymousCommenter_postId_number_key" ON "AnonymousCommenter"("postId", "number");

-- Backfill: every anonymous commenter keeps the number the post already showed (order of their
-- first anonymous comment, ties by id, the anonymous post's own author is 0 = 익명(글쓴이)).
INSERT INTO "AnonymousCommenter" ("postId", "userId", "number")
SELECT f."postId", f."authorId",
       CASE WHEN f."isAuthor" = 1 THEN 0
            ELSE ROW_NUMBER() OVER (PARTITION BY f."postId", f."isAuthor" ORDER BY f."firstAt", f."firstId") END
FROM (
  SELECT c."postId", c."authorId", MIN(c."createdAt") AS "firstAt", MIN(c."id") AS "firstId",
         CASE WHEN p."isAnonymous" AND c."authorId" = p."authorId" THEN 1 ELSE 0 END AS "isAuthor"
  FROM "Comment" c JOIN "Post" p ON p."id" = c."postId"
  WHERE c."isAnonymous"
  GROUP BY c."postId", c."authorId", p."isAnonymous", p."authorId"
) f;
