import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase, migrate } from "../support/test-db";

// `npm run db:backup` and `npm run db:restore -- <file>` round-trip the data: SQLite's online
// backup API, or pg_dump/pg_restore when TEST_PG_URL points at PostgreSQL (CI runs both).
describe("db:backup and db:restore", () => {
  it("bring back exactly what the database held at backup time", { timeout: 120_000 }, async () => {
    const db = await createTestDatabase("backup");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-backups-"));
    const env = { ...process.env, DATABASE_URL: db.url, BACKUP_DIR: dir };
    try {
      migrate(db.url);
      const client = createPrismaClient(db.url);
      try {
        await client.school.create({ data: { name: "백업대학교" } });
        // The backup is taken while a client is connected (online).
        const out = execFileSync(process.execPath, ["scripts/db-backup.mjs"], {
          env,
          encoding: "utf8",
        });
        const file = out.trim().split("\n").at(-1)!;
        expect(path.dirname(file)).toBe(dir);
        expect(path.basename(file)).toMatch(/^campustime-\d{8}T\d{6}Z\.(db|dump)$/);
        expect(fs.statSync(file).size).toBeGreaterThan(0);

        // Life goes on: one row added, the backed-up one changed.
        await client.school.create({ data: { name: "나중대학교" } });
        await client.school.update({ where: { name: "백업대학교" }, data: { name: "바뀐대학교" } });
        await client.$disconnect();

        execFileSync(process.execPath, ["scripts/db-restore.mjs", file], { env, encoding: "utf8" });
      } finally {
        await client.$disconnect();
      }
      const after = createPrismaClient(db.url);
      try {
        const names = (await after.school.findMany({ select: { name: true } })).map((s) => s.name);
        expect(names).toEqual(["백업대학교"]);
        // The schema and migration history came back too: a deploy finds nothing pending.
        const deploy = execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
          env,
          encoding: "utf8",
        });
        expect(deploy).toMatch(/No pending migrations/);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await db.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a file that is not a backup of this kind of database", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-backups-"));
    const bogus = path.join(dir, "not-a-backup.db");
    fs.writeFileSync(bogus, "hello");
    try {
      let status = 0;
      let stderr = "";
      try {
        execFileSync(process.execPath, ["scripts/db-restore.mjs", bogus], {
          env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "x.db")}` },
          stdio: "pipe",
        });
      } catch (e) {
        status = (e as { status: number }).status;
        stderr = String((e as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toMatch(/is not an SQLite database/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
