import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase } from "../support/test-db";

// The offline migration script (scripts/db-migrate.mjs) on a fresh database: SQLite always,
// PostgreSQL too when TEST_PG_URL points at a server (always in CI, see .ci/run).
const EXPECTED_TABLES = [
  "School",
  "User",
  "Friendship",
  "Board",
  "Post",
  "Comment",
  "PostLike",
  "Scrap",
  "Photo",
  "LectureDomain",
  "Lecture",
  "LectureTime",
  "Timetable",
  "TimetableLecture",
  "LectureReview",
  "RefreshToken",
  "RateLimitBucket",
  "AnonymousCommenter",
  "_prisma_migrations",
];

describe("db-migrate deploy", () => {
  it("creates every table on a fresh database and is a no-op the second time", async () => {
    const db = await createTestDatabase("migrate");
    try {
      const run = () =>
        execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
          env: { ...process.env, DATABASE_URL: db.url },
          encoding: "utf8",
        });
      expect(run()).toMatch(/Applied: \d+_init/);
      expect(run()).toMatch(/No pending migrations/);
      const client = createPrismaClient(db.url);
      try {
        const rows: { name: string }[] = db.url.startsWith("file:")
          ? await client.$queryRawUnsafe(`SELECT name FROM sqlite_master WHERE type = 'table'`)
          : await client.$queryRawUnsafe(
              `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`,
            );
        const names = rows.map((r) => r.name);
        for (const table of EXPECTED_TABLES) expect(names).toContain(table);
        // The search indexes Prisma's schema cannot express are there (hand-written migrations)…
        if (db.url.startsWith("file:")) expect(names).toContain("PostSearch");
        else {
          const idx: { name: string }[] = await client.$queryRawUnsafe(
            `SELECT indexname AS name FROM pg_indexes WHERE tablename = 'Post'`,
          );
          expect(idx.map((i) => i.name)).toEqual(
            expect.arrayContaining(["Post_title_trgm_idx", "Post_content_trgm_idx"]),
          );
        }
        // The unique rules the product relies on are in the database, not only in code.
        await client.school.create({ data: { name: "마이그레이션대학교" } });
        await expect(
          client.school.create({ data: { name: "마이그레이션대학교" } }),
        ).rejects.toMatchObject({ code: "P2002" });
      } finally {
        await client.$disconnect();
      }
    } finally {
      await db.drop();
    }
  }, 120_000); // two deploys on a loaded machine (PostgreSQL) can take longer than the default
});

describe("db-migrate dev", () => {
  it("finds the schema in sync with the migrations: no DROP of the search indexes it does not model", async () => {
    const db = await createTestDatabase("migdev");
    const dir = db.url.startsWith("file:") ? "prisma/migrations" : "prisma/postgres/migrations";
    const before = new Set(fs.readdirSync(dir));
    try {
      const out = execFileSync(
        process.execPath,
        ["scripts/db-migrate.mjs", "dev", "--name", "drift_check"],
        { env: { ...process.env, DATABASE_URL: db.url }, encoding: "utf8" },
      );
      expect(out).toMatch(/Already in sync, no new migration/);
    } finally {
      // A failing run would have written a migration into the repository: take it out again.
      for (const name of fs.readdirSync(dir))
        if (!before.has(name)) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
      await db.drop();
    }
  }, 120_000);
});
