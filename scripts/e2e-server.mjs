// Server for the Playwright journeys: a fresh SQLite database (migrated + seeded) and the
// production build (NEXT_DIST_DIR, .next-test under npm test), served by scripts/server.mjs on
// the port given. Expects the build to exist (npm test builds it).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.argv[2] ?? "3200";
// E2E_DATA_DIR: a journey that starts a server of its own (학교 인증 with verification required)
// keeps its database apart from the main one's.
const dir = path.resolve(process.env.E2E_DATA_DIR ?? ".data/e2e");
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, "uploads"), { recursive: true });
const env = {
  ...process.env,
  NODE_ENV: "production",
  DATABASE_URL: process.env.E2E_DATABASE_URL ?? `file:${path.join(dir, "e2e.db")}`,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "campustime-e2e-secret-0123456789abcdefghij",
  UPLOAD_DIR: path.join(dir, "uploads"),
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: port,
  HOSTNAME: "127.0.0.1",
  // The address the journeys use: links the server hands out (구독 링크) are built from it.
  APP_URL: process.env.APP_URL ?? `http://127.0.0.1:${port}`,
  WEB_CONCURRENCY: process.env.E2E_WEB_CONCURRENCY ?? "1",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  // Journeys that are not about 학교 인증 sign up and go straight to the boards; the verification
  // journey starts a server of its own with `required` (docs/DECISIONS.md, "학교 인증").
  SCHOOL_VERIFICATION: process.env.SCHOOL_VERIFICATION ?? "off",
  // Mail goes to the SMTP server the mail journeys start on this port (e2e/verification.spec.ts).
  SMTP_URL:
    process.env.SMTP_URL ?? `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? Number(port) + 1}`,
};
execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: "inherit", env });
const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code) => process.exit(code ?? 0));
