#!/usr/bin/env node
// Offline stand-in for `prisma migrate dev|deploy` and `prisma db push`.
// Prisma 7's CLI needs a native schema-engine binary downloaded from binaries.prisma.sh;
// this drives the WebAssembly schema engine (@prisma/schema-engine-wasm) through the
// same driver adapters the app uses at runtime, so nothing is downloaded.
//
//   node scripts/db-migrate.mjs deploy            # apply the migrations (npm run db:deploy)
//   node scripts/db-migrate.mjs dev --name init   # diff schema vs migrations, write + apply a new one (npm run db:migrate -- --name init)
//   node scripts/db-migrate.mjs push              # sync schema without migration files
//   node scripts/db-migrate.mjs diff              # print SQL: empty -> schema
// Env: DATABASE_URL (file:./prisma/dev.db by default; postgres://... uses prisma/postgres/schema.prisma)
import fs from "node:fs";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { isPostgresUrl } from "../lib/database-url.mjs";
import {
  acquireStartupLock,
  isBusyError,
  pendingMigrations,
  redactUrl,
} from "./lib/migration-state.mjs";
import { CharAsTextClient, MigrationAdapterFactory } from "./lib/migration-adapters.mjs";

const [cmd = "deploy", ...rest] = process.argv.slice(2);
const nameIdx = rest.indexOf("--name");
const migrationName = nameIdx >= 0 ? rest[nameIdx + 1] : "migration";
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
// Same rule as prisma.config.ts: a postgres:// URL selects the PostgreSQL schema + migrations.
const schemaPath = isPostgresUrl(url) ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma";
const migrationsDir = path.join(path.dirname(schemaPath), "migrations");
const schema = fs.readFileSync(schemaPath, "utf8");
const provider = /provider\s*=\s*"(sqlite|postgresql)"/.exec(
  schema.split("datasource")[1] ?? "",
)?.[1];

async function setWal() {
  if (provider !== "sqlite") return;
  // WAL lets the server, the seed and tests read while one of them writes (persists in the file).
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(url.replace(/^file:/, ""), { timeout: 10_000 });
  try {
    if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}

// deploy: a plain read of _prisma_migrations first; the schema engine (which on SQLite wants
// the file to itself: PRAGMA locking_mode=EXCLUSIVE) runs only when a migration is pending, and
// then under the start-up lock, so of several instances starting at once exactly one migrates.
let releaseLock = async () => {};
if (cmd === "deploy") {
  const quietPending = async () => {
    try {
      return await pendingMigrations(url);
    } catch (e) {
      if (isBusyError(e)) return null; // another process is migrating right now: decide under the lock
      throw e;
    }
  };
  let pending;
  try {
    pending = await quietPending();
    if (pending?.length !== 0) {
      releaseLock = await acquireStartupLock(url);
      pending = await pendingMigrations(url);
    }
  } catch (e) {
    await releaseLock();
    console.error(`Cannot read the migration state of ${redactUrl(url)}: ${e.message}`);
    process.exit(1);
  }
  if (pending.length === 0) {
    await releaseLock();
    await setWal();
    console.log("No pending migrations.");
    process.exit(0);
  }
  console.log(`Pending migrations: ${pending.join(", ")}`);
}

// --- load the wasm schema engine (Node 20 has no ESM wasm imports) ---
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(m) {
    this.message = m;
  },
};
const wasmUrl = new URL(
  "./schema_engine_bg.wasm",
  import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"),
);
const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmUrl)), {
  "./schema_engine_bg.js": bg,
});
bg.__wbg_set_wasm(instance.exports);
instance.exports.__wbindgen_start?.();

async function makeAdapterFactory() {
  if (provider === "sqlite") {
    const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
    // SQLite file paths are relative to the process cwd (the project root), like the app.
    return new MigrationAdapterFactory(() => new PrismaBetterSqlite3({ url }));
  }
  if (provider === "postgresql") {
    const [{ PrismaPg }, { default: pg }] = await Promise.all([
      import("@prisma/adapter-pg"),
      import("pg"),
    ]);
    // Not { connectionString }: the shadow database's config is { ...config, database }, and pg
    // lets connectionString override `database`, so the "shadow" DB would be the real one.
    const u = new URL(url);
    const config = {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.slice(1)),
    };
    return new MigrationAdapterFactory(
      (c) =>
        new PrismaPg(new pg.Pool({ ...c, Client: CharAsTextClient }), {
          disposeExternalPool: true,
        }),
      config,
    );
  }
  throw new Error(`unsupported datasource provider in ${schemaPath}: ${provider}`);
}

function listMigrations() {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: "missing migration.sql" },
        },
      };
    }),
  };
}

// Search indexes that Prisma's schema language cannot express, created by hand-written migrations
// (see the *_post_search migrations): the FTS5 table and its shadow tables (SQLite), the pg_trgm
// GIN indexes (PostgreSQL). The tables are "external" to the diff; a DROP INDEX of the indexes is
// taken out of a new migration's script. Without this every later `db:migrate` would drop them.
const UNMANAGED_TABLES = [
  "PostSearch",
  "PostSearch_config",
  "PostSearch_content",
  "PostSearch_data",
  "PostSearch_docsize",
  "PostSearch_idx",
];
const UNMANAGED_INDEXES = ["Post_title_trgm_idx", "Post_content_trgm_idx"];
// (PostgreSQL wants schema-qualified names here; it has none of these tables anyway.)
const filters = {
  externalTables: provider === "sqlite" ? UNMANAGED_TABLES : [],
  externalEnums: [],
};

/** The migration script without the statements that would drop the unmanaged search objects. */
function withoutUnmanagedDrops(script) {
  const names = [...UNMANAGED_TABLES, ...UNMANAGED_INDEXES].map((n) => `"${n}"`);
  const blocks = script.split(/\n\s*\n/);
  const kept = blocks.filter(
    (b) =>
      !names.some((n) =>
        new RegExp(`DROP (TABLE|INDEX)( IF EXISTS)? (("public"|"main")\\.)?${n}`).test(b),
      ),
  );
  const meaningful = kept.some((b) =>
    b
      .split("\n")
      .some(
        (l) =>
          l.trim() &&
          !l.trim().startsWith("--") &&
          !/^PRAGMA foreign_keys=(on|off);$/i.test(l.trim()) &&
          !l.trim().startsWith("/*") &&
          !l.trim().startsWith("*") &&
          !l.trim().startsWith("-") &&
          l.trim() !== "*/",
      ),
  );
  return meaningful ? kept.join("\n\n") : null;
}
const schemaContainer = { files: [{ path: schemaPath, content: schema }] };
// Prisma's adapters in classes of ours for what the engine needs (scripts/lib/migration-adapters.mjs).
const factory = await makeAdapterFactory();
const adapter = bindMigrationAwareSqlAdapterFactory(factory);
const engine = await bg.SchemaEngine.new(
  { datamodels: [[schemaPath, schema]] },
  (msg) => process.env.DEBUG && console.error("[schema-engine]", msg),
  adapter,
);

try {
  if (cmd === "deploy") {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: listMigrations(),
      filters,
    });
    console.log(
      appliedMigrationNames.length
        ? `Applied: ${appliedMigrationNames.join(", ")}`
        : "No pending migrations.",
    );
  } else if (cmd === "dev") {
    // applyMigrations first: it creates _prisma_migrations on a fresh database (devDiagnostic
    // fails with P1014 without it). devDiagnostic then replays the migrations on a shadow DB
    // (adapter.connectToShadowDb, :memory: for SQLite) and caches the result, which
    // createMigration needs ("SQLite shadow DB must be provided through an external factory").
    const first = await engine.applyMigrations({ migrationsList: listMigrations(), filters });
    if (first.appliedMigrationNames.length)
      console.log(`Applied: ${first.appliedMigrationNames.join(", ")}`);
    const diag = await engine.devDiagnostic({ migrationsList: listMigrations(), filters });
    if (diag.action.tag === "reset")
      throw new Error(`Database needs a reset: ${diag.action.reason}`);
    const out = await engine.createMigration({
      draft: false,
      migrationName,
      migrationsList: listMigrations(),
      schema: schemaContainer,
      filters,
    });
    if (out.migrationScript !== null)
      out.migrationScript = withoutUnmanagedDrops(out.migrationScript);
    if (out.migrationScript === null) {
      console.log("Already in sync, no new migration.");
    } else {
      const dir = path.join(migrationsDir, out.generatedMigrationName);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `migration.${out.extension}`), out.migrationScript);
      fs.writeFileSync(
        path.join(migrationsDir, "migration_lock.toml"),
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
      );
      const applied = await engine.applyMigrations({ migrationsList: listMigrations(), filters });
      console.log(
        `Created ${dir}; applied: ${applied.appliedMigrationNames.join(", ") || "(none)"}`,
      );
    }
  } else if (cmd === "push") {
    const r = await engine.schemaPush({
      force: rest.includes("--force"),
      schema: schemaContainer,
      filters,
    });
    if (r.unexecutable.length) throw new Error(r.unexecutable.join("\n"));
    if (r.warnings.length) console.warn(r.warnings.join("\n"));
    console.log(`db push: ${r.executedSteps} step(s) executed`);
  } else if (cmd === "diff") {
    const r = await engine.diff({
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", ...schemaContainer },
      script: true,
      exitCode: null,
      filters,
    });
    process.stdout.write(r.stdout ?? "");
  } else {
    throw new Error(`unknown command ${cmd}`);
  }
} catch (e) {
  if (provider === "sqlite" && isBusyError(e)) {
    console.error(
      `The database ${url} is busy: another process (a running server?) has it open, and applying a migration ` +
        "needs it to itself. Stop the other process and run this again (npm start / npm run db:deploy).",
    );
    process.exitCode = 1;
  } else {
    // Driver-adapter errors surface as "External error id#N"; show the real one.
    const m = /External error id#(\d+)/.exec(e.message ?? "");
    if (m) console.error("driver error:", adapter.errorRegistry.consumeError?.(Number(m[1])));
    console.error(e.code ? `${e.code}: ${e.message}` : e);
    process.exitCode = 1;
  }
} finally {
  engine.free();
  // The engine does not dispose its main connection; an open pg pool keeps node alive ~10 s.
  await Promise.allSettled(factory.connections.map((c) => c.dispose()));
  await releaseLock();
}
if (cmd === "deploy" && !process.exitCode) await setWal();
// Don't wait for idle pg pool timers (~10 s) once the work is done.
process.exit(process.exitCode ?? 0);
