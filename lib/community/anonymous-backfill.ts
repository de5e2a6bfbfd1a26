// Numbers (익명N) for anonymous commenters written without the comment service: the seed and the
// big-data generator insert comments in bulk, then call this once. Same rule as the migration
// that introduced AnonymousCommenter: order of each person's first anonymous comment on the post
// (ties by id); the anonymous post's own author is 0 (익명(글쓴이)). Posts that already have
// numbers are left alone. No "server-only": scripts import it.

type RawDb = { $executeRawUnsafe(sql: string): Promise<number> };

export const ANONYMOUS_NUMBER_BACKFILL_SQL = `
INSERT INTO "AnonymousCommenter" ("postId", "userId", "number")
SELECT f."postId", f."authorId",
       CASE WHEN f."isAuthor" = 1 THEN 0
            ELSE ROW_NUMBER() OVER (PARTITION BY f."postId", f."isAuthor" ORDER BY f."firstAt", f."firstId") END
FROM (
  SELECT c."postId", c."authorId", MIN(c."createdAt") AS "firstAt", MIN(c."id") AS "firstId",
         CASE WHEN p."isAnonymous" AND c."authorId" = p."authorId" THEN 1 ELSE 0 END AS "isAuthor"
  FROM "Comment" c JOIN "Post" p ON p."id" = c."postId"
  WHERE c."isAnonymous"
    AND NOT EXISTS (SELECT 1 FROM "AnonymousCommenter" a WHERE a."postId" = c."postId")
  GROUP BY c."postId", c."authorId", p."isAnonymous", p."authorId"
) f`;

export async function backfillAnonymousNumbers(db: RawDb): Promise<number> {
  return db.$executeRawUnsafe(ANONYMOUS_NUMBER_BACKFILL_SQL);
}
