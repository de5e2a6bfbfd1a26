import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import webpush from "web-push";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/ports";
import { createTestDatabase, migrate } from "../support/test-db";

// Every instance must sign Web Push with the same VAPID pair (docs/DEPLOYMENT.md). Two servers of
// this test's own on one database, each with its own pair: both report the mismatch on
// readiness (503 `pushKeys: "mismatch"`), while one alone is ready. A half-set or mismatched pair
// stops the start. (Servers of its own in every mode, as tests/api/shutdown.test.ts.)

type Server = { child: ChildProcess; base: string; output: () => string };

async function startServer(databaseUrl: string, env: Record<string, string>): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: "1",
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (out += String(d)));
  return { child, base: `http://127.0.0.1:${port}`, output: () => out };
}

async function waitHealthy(s: Server) {
  for (let i = 0; i < 480; i++) {
    if (s.child.exitCode !== null)
      throw new Error(`server exited ${s.child.exitCode}\n${s.output()}`);
    try {
      if ((await fetch(`${s.base}/api/v1/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy\n${s.output()}`);
}

async function stop(s: Server) {
  if (s.child.exitCode !== null) return;
  s.child.kill("SIGTERM");
  await new Promise((r) => s.child.once("exit", r));
}

const ready = async (s: Server) => {
  const r = await fetch(`${s.base}/api/v1/health/ready`);
  return { status: r.status, body: await r.json() };
};

const pairEnv = (p: { publicKey: string; privateKey: string }) => ({
  VAPID_PUBLIC_KEY: p.publicKey,
  VAPID_PRIVATE_KEY: p.privateKey,
});

describe("one VAPID key pair across instances", () => {
  it(
    "two instances with different pairs are both unready; one alone is ready",
    { timeout: 180_000 },
    async () => {
      const db = await createTestDatabase("vapid");
      const servers: Server[] = [];
      try {
        migrate(db.url);
        const [one, two] = [webpush.generateVAPIDKeys(), webpush.generateVAPIDKeys()];
        const a = await startServer(db.url, pairEnv(one));
        servers.push(a);
        await waitHealthy(a);
        expect(await ready(a)).toEqual({
          status: 200,
          body: { status: "ready", database: "ok", migrations: "ok", pushKeys: "ok" },
        });
        const key = await (await fetch(`${a.base}/api/v1/push/public-key`)).json();
        expect(key).toEqual({ publicKey: one.publicKey });

        const b = await startServer(db.url, pairEnv(two));
        servers.push(b);
        await waitHealthy(b);
        const unready = {
          status: 503,
          body: { status: "unavailable", database: "ok", migrations: "ok", pushKeys: "mismatch" },
        };
        expect(await ready(b)).toEqual(unready);
        expect(await ready(a)).toEqual(unready);
      } finally {
        for (const s of servers) await stop(s);
        await db.drop();
      }
    },
  );

  it(
    "a half-set or mismatched pair stops the start, saying why",
    { timeout: 120_000 },
    async () => {
      const [one, two] = [webpush.generateVAPIDKeys(), webpush.generateVAPIDKeys()];
      const cases: [Record<string, string>, RegExp][] = [
        [{ VAPID_PUBLIC_KEY: one.publicKey }, /must be set together/],
        [
          { VAPID_PUBLIC_KEY: one.publicKey, VAPID_PRIVATE_KEY: two.privateKey },
          /is not the public key of VAPID_PRIVATE_KEY/,
        ],
      ];
      // `next start`, as tests/api/startup.test.ts: instrumentation runs as the server starts.
      for (const [env, why] of cases) {
        const child = spawn(
          path.resolve("node_modules/.bin/next"),
          ["start", "-p", String(await freePort()), "-H", "127.0.0.1"],
          {
            env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env },
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
        let output = "";
        child.stdout.on("data", (d) => (output += String(d)));
        child.stderr.on("data", (d) => (output += String(d)));
        const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
        const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
        clearTimeout(timer);
        expect(code, output).toBe(1);
        expect(output).toMatch(why);
      }
    },
  );
});
