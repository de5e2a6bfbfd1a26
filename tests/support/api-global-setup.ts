import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTestDatabase, migrate, seed, TEST_AUTH_SECRET } from "./test-db";

// API tests talk HTTP to the real production build (`next start`) on a throwaway database.
const PORT = Number(process.env.API_TEST_PORT ?? 3100);

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) {
    throw new Error("API tests run against the production build: run `npm run build` first (npm test does).");
  }
  const db = await createTestDatabase("api");
  migrate(db.url);
  seed(db.url);
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const uploadDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "campustime-uploads-"));
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: db.url,
      AUTH_SECRET: TEST_AUTH_SECRET,
      UPLOAD_DIR: uploadDir,
      NEXT_TELEMETRY_DISABLED: "1",
      // Rate limits keep their defaults (tests/api/rate-limits.test.ts tests them); one proxy hop is
      // trusted so a test can speak for a client address with X-Forwarded-For.
      TRUST_PROXY: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  server.stdout?.on("data", (d) => log.push(String(d)));
  server.stderr?.on("data", (d) => log.push(String(d)));
  try {
    await waitForHealth(baseUrl, server);
  } catch (e) {
    server.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\n${log.join("")}`);
  }
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", db.url);
  project.provide("authSecret", TEST_AUTH_SECRET);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (process.env.API_TEST_SERVER_LOG) fs.writeFileSync(process.env.API_TEST_SERVER_LOG, log.join(""));
    await db.drop();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  };
}
