// Brings the database at DATABASE_URL up to date and makes sure the demo data is there:
// applies pending migrations, then runs the (idempotent) seed. Used by `npm start` and `npm run dev`.
// Several instances may start at once against one database: the whole step runs under the
// start-up lock (scripts/lib/migration-state.mjs), so exactly one migrates and seeds while the
// others wait, then find nothing pending and the demo data present. When nothing is pending
// and the data is there, no lock is taken and the schema engine is never loaded.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { acquireStartupLock, pendingMigrations, redactUrl } from "./lib/migration-state.mjs";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
if (url.startsWith("file:"))
  fs.mkdirSync(path.dirname(path.resolve(url.slice(5))), { recursive: true });
const seedWanted = process.env.SKIP_SEED !== "1";

/** True when a pending migration or a missing demo school says the locked step must run. */
async function needsWork() {
  try {
    if ((await pendingMigrations(url)).length) return true;
  } catch {
    return true; // busy or unreachable: decide under the lock (and get the real error there)
  }
  return seedWanted; // the seed decides itself whether anything is missing; it must not race another seed
}

if (await needsWork()) {
  let release;
  try {
    release = await acquireStartupLock(url);
  } catch (e) {
    console.error(`Cannot prepare the database at ${redactUrl(url)}: ${e.message}`);
    process.exit(1);
  }
  const env = { ...process.env, DATABASE_URL: url, CAMPUSTIME_DB_LOCK_HELD: "1" };
  try {
    const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env });
    run(process.execPath, ["scripts/db-migrate.mjs", "deploy"]);
    if (seedWanted) run(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"]);
  } catch (e) {
    // The child printed why; exit with its code without a second stack trace.
    process.exitCode = typeof e.status === "number" && e.status ? e.status : 1;
  } finally {
    await release();
  }
}
