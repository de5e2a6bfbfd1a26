#!/usr/bin/env node
// `npm run db:backup`: an online, consistent copy of the database at DATABASE_URL into a
// timestamped file, while the app keeps serving.
//   SQLite:     SQLite's online backup API (better-sqlite3 .backup()) → <dir>/campustime-YYYYMMDDTHHMMSSZ.db
//   PostgreSQL: pg_dump --format=custom (one snapshot)              → <dir>/campustime-YYYYMMDDTHHMMSSZ.dump
// BACKUP_DIR sets the folder (./backups). Prints the file's path on the last line.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "../lib/database-url.mjs";
import { sqlitePath } from "./lib/migration-state.mjs";
import { pgTool } from "./lib/pg-tools.mjs";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const dir = path.resolve(process.env.BACKUP_DIR ?? "backups");
fs.mkdirSync(dir, { recursive: true });
const stamp = new Date()
  .toISOString()
  .replace(/[-:]/g, "")
  .replace(/\.\d+Z$/, "Z");

try {
  if (isPostgresUrl(url)) {
    const file = path.join(dir, `campustime-${stamp}.dump`);
    execFileSync(
      pgTool("pg_dump"),
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url],
      { stdio: ["ignore", "inherit", "inherit"] },
    );
    console.log(`Backed up PostgreSQL (pg_dump) to\n${file}`);
  } else {
    const source = sqlitePath(url);
    if (!fs.existsSync(source)) throw new Error(`no database at ${source}`);
    const file = path.join(dir, `campustime-${stamp}.db`);
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 10_000 });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    console.log(`Backed up SQLite (online backup API) to\n${file}`);
  }
} catch (e) {
  console.error(`db:backup failed: ${e.message}`);
  process.exit(1);
}
