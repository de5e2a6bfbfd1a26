import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { createTestDatabase } from "../support/test-db";

// Start-up against one database from several instances at once (scripts/prepare-db.mjs, what
// `npm start` runs first): exactly one applies the migrations and seeds, the others wait for the
// start-up lock (PostgreSQL advisory lock / SQLite lock file), then find nothing to do; the
// demo data is there once. SQLite always; PostgreSQL too when TEST_PG_URL is set.

function run(script: string, env: Record<string, string>, args: string[] = []) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    child.stderr.on("data", (d) => (out += String(d)));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("several instances starting at once", () => {
  it(
    "migrate and seed exactly once; the others wait and find the database ready",
    { timeout: 240_000 },
    async () => {
      const db = await createTestDatabase("startup");
      try {
        const results = await Promise.all(
          [1, 2, 3].map(() => run("scripts/prepare-db.mjs", { DATABASE_URL: db.url })),
        );
        for (const r of results) expect(r.code, r.out).toBe(0);
        const migrated = results.filter((r) => /Applied: \d+_init/.test(r.out));
        expect(migrated, results.map((r) => r.out).join("\n----\n")).toHaveLength(1);
        expect(results.filter((r) => /waiting for it/.test(r.out)).length).toBeGreaterThanOrEqual(
          1,
        );
        for (const r of results)
          expect(r.out).not.toMatch(/SchemaConnectorError|SocketTimeout|P2002|Unique constraint/);

        const client = createPrismaClient(db.url);
        try {
          const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
            "SELECT migration_name FROM _prisma_migrations",
          );
          expect(rows.length).toBe(new Set(rows.map((r) => r.migration_name)).size);
          expect(await client.school.count()).toBe(2);
          // One seed's worth of everything: no duplicate boards, domain roots or demo users.
          const boards = await client.board.groupBy({ by: ["schoolId", "name"], _count: true });
          expect(boards.length).toBeGreaterThan(0);
          expect(boards.every((b) => b._count === 1)).toBe(true);
          const roots = await client.lectureDomain.groupBy({
            by: ["schoolId", "name"],
            where: { parentId: null },
            _count: true,
          });
          expect(roots.length).toBeGreaterThan(0);
          expect(roots.every((d) => d._count === 1)).toBe(true);
          expect(await client.user.count({ where: { email: "demo@hanbit.ac.kr" } })).toBe(1);
        } finally {
          await client.$disconnect();
        }

        // Nothing pending: deploy answers from a plain read, without the schema engine or the lock.
        const again = await run("scripts/db-migrate.mjs", { DATABASE_URL: db.url }, ["deploy"]);
        expect(again.code).toBe(0);
        expect(again.out).toMatch(/No pending migrations/);
      } finally {
        await db.drop();
      }
    },
  );
});

describe.runIf(!process.env.TEST_PG_URL)("SQLite held open by another process", () => {
  it(
    "a restart with nothing pending starts; a pending migration on a busy file says so plainly",
    { timeout: 120_000 },
    async () => {
      const { default: Database } = await import("better-sqlite3");
      const migrated = await createTestDatabase("busy");
      const fresh = await createTestDatabase("busy_fresh");
      try {
        expect(
          (await run("scripts/db-migrate.mjs", { DATABASE_URL: migrated.url }, ["deploy"])).code,
        ).toBe(0);
        // A running server: a WAL connection with a read transaction open on each file.
        const holders = [migrated.url, fresh.url].map((url) => {
          const h = new Database(url.replace(/^file:/, ""));
          h.pragma("journal_mode = WAL");
          h.exec("BEGIN");
          h.prepare("SELECT count(*) FROM sqlite_master").get();
          return h;
        });
        try {
          // Before: the schema engine wanted the file to itself and died with SocketTimeout.
          const restart = await run("scripts/db-migrate.mjs", { DATABASE_URL: migrated.url }, [
            "deploy",
          ]);
          expect(restart.code, restart.out).toBe(0);
          expect(restart.out).toMatch(/No pending migrations/);

          const busy = await run("scripts/db-migrate.mjs", { DATABASE_URL: fresh.url }, ["deploy"]);
          expect(busy.code).toBe(1);
          expect(busy.out).toMatch(/is busy: another process/);
          expect(busy.out).not.toMatch(/SocketTimeout|SchemaConnectorError/);
        } finally {
          for (const h of holders) {
            h.exec("COMMIT");
            h.close();
          }
        }
      } finally {
        await migrated.drop();
        await fresh.drop();
      }
    },
  );
});
