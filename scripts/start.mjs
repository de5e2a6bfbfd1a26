// `npm start`: one command from a fresh clone (after `npm ci`) to the app on http://localhost:3000.
// Migrates and seeds the database (SQLite at prisma/dev.db unless DATABASE_URL says otherwise;
// when several instances start at once, one migrates and seeds and the others wait), builds
// when the build is missing or older than the sources, then serves with scripts/server.mjs:
// one process per core (WEB_CONCURRENCY) on the one port. Stays in the foreground; Ctrl-C or
// SIGTERM stops it gracefully. SKIP_BUILD=1 serves the existing build as it is.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = process.cwd();
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

// A local run needs no configuration: without AUTH_SECRET, make one and keep it in .data/
// (gitignored) so sessions survive restarts. A real deployment sets AUTH_SECRET itself; the
// server refuses to start in production without one (instrumentation.ts).
if (!env.AUTH_SECRET) {
  const file = path.join(root, ".data", "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  console.log(
    "AUTH_SECRET is not set: using the local secret in .data/auth-secret (set AUTH_SECRET in production).",
  );
}

try {
  execFileSync(process.execPath, ["scripts/prepare-db.mjs"], { stdio: "inherit", env });
} catch (e) {
  // prepare-db printed why (a busy database, an unreachable server, a failed migration)
  process.exit(typeof e.status === "number" && e.status ? e.status : 1);
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}
const distDir = env.NEXT_DIST_DIR || ".next";
const buildId = path.join(root, distDir, "BUILD_ID");
const sources = ["app", "components", "lib", "generated"].map((d) =>
  newestMtime(path.join(root, d)),
);
const configs = ["package.json", "next.config.ts", "proxy.ts", "instrumentation.ts"].map((f) =>
  fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0,
);
if (env.SKIP_BUILD === "1" && fs.existsSync(buildId)) {
  // the operator built once (CI, several instances from one checkout)
} else if (
  !fs.existsSync(buildId) ||
  fs.statSync(buildId).mtimeMs < Math.max(...sources, ...configs)
) {
  console.log("Building the app (next build)…");
  execFileSync(path.resolve("node_modules/.bin/next"), ["build"], { stdio: "inherit", env });
}

const server = spawn(process.execPath, ["scripts/server.mjs"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
