-- Trigram indexes for post search (docs/DECISIONS.md, "Search"): pg_trgm GIN indexes serve
-- ILIKE '%term%' on title and content for terms of 3 or more characters, case-insensitively.
-- PostgreSQL keeps them in step with the rows itself. Prisma's schema does not know them:
-- scripts/db-migrate.mjs keeps later migrations from dropping them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Post_title_trgm_idx" ON "Post" USING GIN ("title" gin_trgm_ops);

CREATE INDEX "Post_content_trgm_idx" ON "Post" USING GIN ("content" gin_trgm_ops);
