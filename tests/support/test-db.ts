import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

// Throwaway databases for tests: a fresh SQLite file by default; a fresh database on the
// PostgreSQL server at TEST_PG_URL when that is set (CI runs the suites both ways).

export const TEST_AUTH_SECRET = "campustime-test-secret-0123456789abcdefghij";
/** PUSH_ENDPOINT_HOSTS of the test servers: the browsers' push services and the tests' own. */
export const TEST_PUSH_ENDPOINT_HOSTS =
  "127.0.0.1,127.0.0.2,fcm.googleapis.com,updates.push.services.mozilla.com,web.push.apple.com,*.notify.windows.com";

export type TestDatabase = { url: string; drop: () => Promise<void> };

function adminUrl(base: string, database: string) {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const suffix = `${label}_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
  const pgBase = process.env.TEST_PG_URL;
  if (pgBase) {
    const name = `campustime_test_${suffix}`.toLowerCase();
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      url: adminUrl(pgBase, name),
      drop: async () => {
        const c = new pg.Client({ connectionString: pgBase });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-test-"));
  const file = path.join(dir, `${suffix}.db`);
  return {
    url: `file:${file}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Applies the committed migrations (the same script production uses). */
export function migrate(url: string) {
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

/** Loads the demo data (schools, boards, lectures, demo users). */
export function seed(url: string) {
  execFileSync(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}
