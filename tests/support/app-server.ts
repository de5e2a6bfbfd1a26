import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { freePort } from "./ports";

// A server of the test's own (scripts/server.mjs, the production build) on the suite's database,
// configured through its environment as an operator would: the 학교 인증 suites run one with
// SCHOOL_VERIFICATION=required, SMTP_URL at their own SMTP server and an APP_URL of their own,
// beside the suite's server (which runs with verification off).

export type AppServer = { url: string; log(): string; stop(): Promise<void> };

export async function startAppServer(env: Record<string, string>): Promise<AppServer> {
  const port = await freePort();
  const uploadDir = fs.mkdtempSync(path.join(process.env.TMPDIR ?? "/tmp", "campustime-own-"));
  const child: ChildProcess = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: "1",
      DATABASE_URL: inject("databaseUrl"),
      AUTH_SECRET: inject("authSecret"),
      UPLOAD_DIR: uploadDir,
      NEXT_TELEMETRY_DISABLED: "1",
      TRUST_PROXY: "1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => (out += String(d)));
  child.stderr?.on("data", (d) => (out += String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${out}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    log: () => out,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
