// Server for the Playwright journeys: a fresh SQLite database (migrated + seeded) and the
// production build, on the port given. Expects `next build` to have run (npm test does).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3200";
const dir = path.resolve(".data/e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, "uploads"), { recursive: true });
const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, "e2e.db")}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "campustime-e2e-secret-0123456789abcdefghij",
  UPLOAD_DIR: path.join(dir, "uploads"),
  NEXT_TELEMETRY_DISABLED: "1",
};
execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: "inherit", env });
const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
