// What the start-up scripts need to know about the database without the schema engine:
// which migrations are pending (a plain read of _prisma_migrations against the migrations folder),
// and one lock so that when several instances start at once exactly one migrates and seeds.
//   PostgreSQL: a session advisory lock (pg_advisory_lock) on a dedicated connection.
//   SQLite:     a lock file next to the database (<file>.migrate-lock), created with O_EXCL;
//               a lock left by a dead process on this machine is taken over.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../../lib/database-url.mjs";

export const sqlitePath = (url) => path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));

export function migrationsDirFor(url) {
  return path.resolve(isPostgresUrl(url) ? "prisma/postgres/migrations" : "prisma/migrations");
}

/** The migration folder names, in order. */
export function migrationNames(url) {
  const dir = migrationsDirFor(url);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** Finished migrations recorded in the database ([] for a new database). */
export async function appliedMigrationNames(url) {
  if (isPostgresUrl(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    await client.connect();
    try {
      const exists = await client.query(
        "SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok",
      );
      if (!exists.rows[0].ok) return [];
      const r = await client.query(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      return r.rows.map((row) => row.migration_name);
    } finally {
      await client.end();
    }
  }
  const file = sqlitePath(url);
  if (!fs.existsSync(file)) return [];
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    const table = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!table) return [];
    return db
      .prepare(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      )
      .all()
      .map((r) => r.migration_name);
  } finally {
    db.close();
  }
}

/** Migration folders not yet applied to the database at url. */
export async function pendingMigrations(url) {
  const applied = new Set(await appliedMigrationNames(url));
  return migrationNames(url).filter((n) => !applied.has(n));
}

// One number for the whole app: `SELECT pg_advisory_lock(…)` by any instance, any version.
const PG_LOCK_KEY = 727_001_010;
const LOCK_TIMEOUT_MS = Number(process.env.MIGRATION_LOCK_TIMEOUT_MS ?? 10 * 60_000);

/**
 * Takes the start-up lock for the database at url and returns its release function.
 * Child processes started while it is held get CAMPUSTIME_DB_LOCK_HELD=1 and do not take it again.
 */
export async function acquireStartupLock(url, { log = (m) => console.log(m) } = {}) {
  if (process.env.CAMPUSTIME_DB_LOCK_HELD === "1") return async () => {};
  if (isPostgresUrl(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    await client.connect();
    const got = await client.query("SELECT pg_try_advisory_lock($1) AS ok", [PG_LOCK_KEY]);
    if (!got.rows[0].ok) {
      log("Another instance is migrating or seeding this database; waiting for it…");
      await client.query(`SET lock_timeout = ${Math.ceil(LOCK_TIMEOUT_MS)}`);
      try {
        await client.query("SELECT pg_advisory_lock($1)", [PG_LOCK_KEY]);
      } catch (e) {
        await client.end().catch(() => {});
        throw new Error(
          `Timed out after ${LOCK_TIMEOUT_MS / 1000} s waiting for another instance to finish migrating (${e.message}).`,
        );
      }
    }
    return async () => {
      await client.query("SELECT pg_advisory_unlock($1)", [PG_LOCK_KEY]).catch(() => {});
      await client.end().catch(() => {});
    };
  }
  const file = `${sqlitePath(url)}.migrate-lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  let said = false;
  for (;;) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(
        fd,
        JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }),
      );
      fs.closeSync(fd);
      return async () => fs.rmSync(file, { force: true });
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    if (lockIsStale(file)) {
      fs.rmSync(file, { force: true });
      continue;
    }
    if (!said) {
      log(
        `Another process is migrating or seeding this database (lock file ${path.relative(process.cwd(), file)}); waiting for it…`,
      );
      said = true;
    }
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${LOCK_TIMEOUT_MS / 1000} s waiting for ${file}. If no other instance is starting, delete it.`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

function lockIsStale(file) {
  try {
    const { pid, host } = JSON.parse(fs.readFileSync(file, "utf8"));
    if (host !== os.hostname()) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // ESRCH: the holder is gone. A half-written or unreadable file is given a moment first.
    if (e.code === "ESRCH") return true;
    if (e.code === "EPERM") return false;
    try {
      return Date.now() - fs.statSync(file).mtimeMs > 5_000;
    } catch {
      return false;
    }
  }
}

/** The schema engine's errors when another process holds the SQLite file (it wants exclusive access). */
export function isBusyError(e) {
  return /SocketTimeout|database is locked|SQLITE_BUSY|locking_mode/i.test(
    String(e?.message ?? e) + String(e?.stack ?? ""),
  );
}

/** The URL without its password, for messages. */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url;
  }
}
