import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startAppServer } from "../support/app-server";
import { freePort } from "../support/ports";

// Production must not run on a default secret: `next start` without AUTH_SECRET exits and says why.
describe("server start-up", () => {
  it("bound to 127.0.0.1, serves the signed-out landing page itself (no request to its own address)", async () => {
    const server = await startAppServer({});
    try {
      const res = await fetch(`${server.url}/`, { redirect: "manual" });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("캠퍼스타임");
      await new Promise((r) => setTimeout(r, 300)); // the log line follows the response
      const requests = server
        .log()
        .split("\n")
        .filter((l) => l.includes('"msg":"request"') && l.includes('"method":"GET"'))
        .map((l) => (JSON.parse(l) as { route: string }).route);
      // One request, answered at /; before, Next.js also fetched /welcome from itself over HTTP.
      expect(requests.filter((r) => r !== "/api/v1/health")).toEqual(["/"]);
    } finally {
      await server.stop();
    }
  });

  it("refuses to start in production without AUTH_SECRET", async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.AUTH_SECRET;
    const port = String(await freePort());
    const child = spawn(
      path.resolve("node_modules/.bin/next"),
      ["start", "-p", port, "-H", "127.0.0.1"],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(output).toContain("AUTH_SECRET is not set");
  });

  it("a bad setting stops the start, saying which (it is not served half-working)", async () => {
    // The server as `npm start` runs it (scripts/server.mjs, its workers), with one setting wrong.
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      AUTH_SECRET: "campustime-startup-test-secret-0123456789",
      DATABASE_URL: `file:${path.join(os.tmpdir(), "campustime-startup-never-opened.db")}`,
      PORT: String(await freePort()),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: "2",
      VAPID_SUBJECT: "not-a-contact",
    };
    const child = spawn(process.execPath, ["scripts/server.mjs"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += String(d)));
    child.stderr.on("data", (d) => (output += String(d)));
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearTimeout(timer);
    expect(code, output).toBe(1);
    expect(output).toContain("Campustime cannot start");
    expect(output).toContain("VAPID_SUBJECT");
  });
});
