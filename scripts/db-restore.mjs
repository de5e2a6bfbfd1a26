#!/usr/bin/env node
// `npm run db:restore -- <file>`: brings a `npm run db:backup` file back into DATABASE_URL,
// replacing what is there. Stop the app instances first (a restore under live writes loses them).
//   SQLite (.db):       SQLite's backup API from the file into the database (page by page, under
//                       SQLite's own locks, so the file is never half-copied)
//   PostgreSQL (.dump): pg_restore --clean --if-exists --single-transaction
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isPostgresUrl } from "../lib/database-url.mjs";
import { sqlitePath } from "./lib/migration-state.mjs";
import { pgTool } from "./lib/pg-tools.mjs";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error("usage: npm run db:restore -- <backup file> (made by npm run db:backup)");
  process.exit(2);
}
const head = Buffer.alloc(16);
const fd = fs.openSync(file, "r");
fs.readSync(fd, head, 0, 16, 0);
fs.closeSync(fd);
const isSqliteFile = head.toString("latin1").startsWith("SQLite format 3");
const isPgDump = head.toString("latin1").startsWith("PGDMP");

try {
  if (isPostgresUrl(url)) {
    if (!isPgDump)
      throw new Error(`${file} is not a pg_dump custom-format file; DATABASE_URL is PostgreSQL`);
    execFileSync(
      pgTool("pg_restore"),
      [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        `--dbname=${url}`,
        file,
      ],
      {
        stdio: ["ignore", "inherit", "inherit"],
      },
    );
  } else {
    if (!isSqliteFile) throw new Error(`${file} is not an SQLite database; DATABASE_URL is SQLite`);
    const target = sqlitePath(url);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const { default: Database } = await import("better-sqlite3");
    const src = new Database(path.resolve(file), { readonly: true, fileMustExist: true });
    try {
      await src.backup(target);
    } finally {
      src.close();
    }
  }
  console.log(`Restored ${file} into ${isPostgresUrl(url) ? "PostgreSQL" : sqlitePath(url)}.`);
} catch (e) {
  console.error(`db:restore failed: ${e.message}`);
  process.exit(1);
}
