import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  createTestDatabase,
  migrate,
  seed,
  TEST_AUTH_SECRET,
  TEST_PUSH_ENDPOINT_HOSTS,
} from "./test-db";
import { startMailbox } from "./mailbox";

// API tests talk HTTP to the real production build, served by scripts/server.mjs (what
// `npm start` runs), on a throwaway database.
//
// External mode (the nginx pass of .ci/run): API_TEST_BASE_URL names servers that are already
// running (e.g. nginx in front of two instances), API_TEST_DATABASE_URL their database, and
// API_TEST_INSTANCE_URLS (comma-separated) each instance directly, for the cross-instance tests.
// The servers must run with AUTH_SECRET = TEST_AUTH_SECRET (tests sign tokens themselves).
const PORT = Number(process.env.API_TEST_PORT ?? 3100);
export const distDir = () => process.env.NEXT_DIST_DIR || ".next";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
    authSecret: string;
    /** Each app instance's own URL (one entry when the tests started the server themselves). */
    instanceUrls: string[];
    external: boolean;
    /**
     * The folder of the SMTP server these servers send their mail to (tests/support/mailbox.ts);
     * null when external servers were started without one (API_TEST_SMTP_PORT unset).
     */
    mailDir: string | null;
  }
}

async function waitForHealth(baseUrl: string, server: ChildProcess | null, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null)
      throw new Error(`the server exited with ${server.exitCode}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${baseUrl} did not become healthy within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  const external = process.env.API_TEST_BASE_URL;
  // The SMTP server the servers under test send to: started here, so the tests read what was
  // sent. External servers (the nginx pass) are told its port ahead: API_TEST_SMTP_PORT.
  const smtpPort = process.env.API_TEST_SMTP_PORT;
  const mailbox =
    !external || smtpPort ? await startMailbox({ port: smtpPort ? Number(smtpPort) : 0 }) : null;
  project.provide("mailDir", mailbox?.dir ?? null);
  const closeMailbox = async () => {
    await mailbox?.close();
    if (mailbox) fs.rmSync(mailbox.dir, { recursive: true, force: true });
  };
  if (external) {
    const databaseUrl = process.env.API_TEST_DATABASE_URL;
    if (!databaseUrl)
      throw new Error("API_TEST_BASE_URL needs API_TEST_DATABASE_URL (the servers' database).");
    const instances = (process.env.API_TEST_INSTANCE_URLS ?? external)
      .split(",")
      .map((u) => u.trim().replace(/\/$/, ""))
      .filter(Boolean);
    for (const url of [external, ...instances]) await waitForHealth(url, null);
    project.provide("baseUrl", external.replace(/\/$/, ""));
    project.provide("databaseUrl", databaseUrl);
    project.provide("authSecret", process.env.AUTH_SECRET ?? TEST_AUTH_SECRET);
    project.provide("instanceUrls", instances);
    project.provide("external", true);
    return closeMailbox;
  }

  if (!fs.existsSync(path.resolve(distDir(), "BUILD_ID"))) {
    throw new Error(
      `API tests run against the production build in ${distDir()}/: run \`npm test\` (which builds it) or \`NEXT_DIST_DIR=${distDir()} npx next build\`.`,
    );
  }
  const db = await createTestDatabase("api");
  migrate(db.url);
  seed(db.url);
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const uploadDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "campustime-uploads-"));
  const server = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      // The server's public address: every link it hands out is built from it.
      APP_URL: `http://127.0.0.1:${PORT}`,
      WEB_CONCURRENCY: "1",
      DATABASE_URL: db.url,
      AUTH_SECRET: TEST_AUTH_SECRET,
      UPLOAD_DIR: uploadDir,
      NEXT_TELEMETRY_DISABLED: "1",
      // The tests' own push service (tests/support/push-service.ts) is on 127.0.0.1, over http;
      // the browsers' services stay listed (tests/api/push.test.ts checks they are taken).
      PUSH_ENDPOINT_HOSTS: TEST_PUSH_ENDPOINT_HOSTS,
      // Rate limits keep their defaults (tests/api/rate-limits.test.ts tests them); one proxy hop is
      // trusted so a test can speak for a client address with X-Forwarded-For.
      TRUST_PROXY: "1",
      // Suites that are not about 학교 인증 run with every account counted as a verified student;
      // the verification suites start servers of their own with `required` (docs/DECISIONS.md).
      SCHOOL_VERIFICATION: "off",
      SMTP_URL: mailbox!.url,
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
  project.provide("instanceUrls", [baseUrl]);
  project.provide("external", false);
  return async () => {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    if (process.env.API_TEST_SERVER_LOG)
      fs.writeFileSync(process.env.API_TEST_SERVER_LOG, log.join(""));
    await db.drop();
    fs.rmSync(uploadDir, { recursive: true, force: true });
    await closeMailbox();
  };
}
