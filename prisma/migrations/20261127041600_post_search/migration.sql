-- Full-text index for post search (docs/DECISIONS.md, "Search"): an FTS5 table with the trigram
-- tokenizer finds any substring of 3 or more characters (Korean has no spaces to split words on),
-- case-insensitively, without scanning the posts. It stores no text of its own (content='Post');
-- the triggers keep it in step with every insert, edit and delete of a post.
-- Prisma's schema does not know FTS5 tables: scripts/db-migrate.mjs declares "PostSearch" and its
-- shadow tables external so later migrations never drop them.
CREATE VIRTUAL TABLE "PostSearch" USING fts5("title", "content", content='Post', content_rowid='id', tokenize='trigram case_sensitive 0');

INSERT INTO "PostSearch"("rowid", "title", "content") SELECT "id", "title", "content" FROM "Post";

CREATE TRIGGER "Post_search_insert" AFTER INSERT ON "Post" BEGIN
  INSERT INTO "PostSearch"("rowid", "title", "content") VALUES (new."id", new."title", new."content");
END;

CREATE TRIGGER "Post_search_delete" AFTER DELETE ON "Post" BEGIN
  INSERT INTO "PostSearch"("PostSearch", "rowid", "title", "content") VALUES ('delete', old."id", old."title", old."content");
END;

CREATE TRIGGER "Post_search_update" AFTER UPDATE OF "title", "content" ON "Post" BEGIN
  INSERT INTO "PostSearch"("PostSearch", "rowid", "title", "content") VALUES ('delete', old."id", old."title", old."content");
  INSERT INTO "PostSearch"("rowid", "title", "content") VALUES (new."id", new."title", new."content");
END;
