import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";

// Our SQLite adapter (lib/sqlite-adapter.ts) drops ANALYZE's sqlite_stat4 samples when a SQLite connection opens: with them,
// SQLite re-plans every statement whose parameters sit on a sampled index on every execution
// (the post detail statement cost 144 µs instead of 10 µs on the benchmark's database).
// SQLite-only by nature, so it makes its own SQLite file in both CI passes.
describe("SQLite statistics", () => {
  it("keeps sqlite_stat1 and drops the stat4 samples an ANALYZE wrote, when the app connects", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-stat4-"));
    const file = path.join(dir, "stat4.db");
    const url = `file:${file}`;
    try {
      execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
        env: { ...process.env, DATABASE_URL: url },
        encoding: "utf8",
      });
      const raw = new Database(file);
      const insert = raw.prepare(`INSERT INTO "School" ("name") VALUES (?)`);
      raw.transaction(() => {
        for (let i = 0; i < 200; i++) insert.run(`통계대학교${i}`);
      })();
      raw.exec("ANALYZE");
      const count = (table: string) =>
        (raw.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      expect(count("sqlite_stat4")).toBeGreaterThan(0);
      const stat1 = count("sqlite_stat1");
      expect(stat1).toBeGreaterThan(0);

      const client = createPrismaClient(url);
      try {
        // The first statement opens the connection; the answer is still right.
        expect(await client.school.count()).toBe(200);
        expect(
          await client.school.findUnique({
            where: { name: "통계대학교7" },
            select: { name: true },
          }),
        ).toEqual({ name: "통계대학교7" });
      } finally {
        await client.$disconnect();
      }
      expect(count("sqlite_stat4")).toBe(0);
      expect(count("sqlite_stat1")).toBe(stat1);
      raw.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
