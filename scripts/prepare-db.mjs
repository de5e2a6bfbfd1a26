// Brings the database at DATABASE_URL up to date and makes sure the demo data is there:
// applies pending migrations, then runs the (idempotent) seed. Used by `npm start` and `npm run dev`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
if (url.startsWith("file:")) fs.mkdirSync(path.dirname(path.resolve(url.slice(5))), { recursive: true });
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
run(process.execPath, ["scripts/db-migrate.mjs", "deploy"]);
if (process.env.SKIP_SEED !== "1") run(path.resolve("node_modules/.bin/tsx"), ["prisma/seed.ts"]);
