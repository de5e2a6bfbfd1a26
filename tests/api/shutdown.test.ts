import { spawn, type ChildProcess } from "node:child_process";
import { describe, expect, it } from "vitest";
import { signAccessToken } from "@/lib/auth/access-token";
import { createPrismaClient } from "@/lib/db";
import { freePort } from "../support/ports";
import { createTestDatabase, migrate } from "../support/test-db";

// SIGTERM contract of scripts/server.mjs (what `npm start` runs): stop accepting connections,
// finish the requests in flight, close the database pool, exit 0. A storm of writes is cut by
// SIGTERM; after a restart every write the server acknowledged (201) is in the database.
// The server here is its own (a cluster of 2 workers, as `npm start` on 2 cores), on its own
// database, in every mode (also when the other API tests run against external servers).

// The port is the OS's pick (set in the test before the first start).
let PORT = 0;
let BASE = "";

function startServer(databaseUrl: string, logLevel = "info") {
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      WEB_CONCURRENCY: "2",
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      // Not about 학교 인증: every account counts as a verified student (docs/DECISIONS.md).
      SCHOOL_VERIFICATION: "off",
      LOG_LEVEL: logLevel,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (out += String(d)));
  return { child, output: () => out };
}

async function waitHealthy(child: ChildProcess, output: () => string) {
  for (let i = 0; i < 480; i++) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}\n${output()}`);
    try {
      if ((await fetch(`${BASE}/api/v1/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy\n${output()}`);
}

describe("graceful shutdown", () => {
  it(
    "SIGTERM mid-storm: exits 0 and every acknowledged write survives the restart (then: readiness)",
    { timeout: 240_000 },
    async () => {
      PORT = await freePort();
      BASE = `http://127.0.0.1:${PORT}`;
      const db = await createTestDatabase("shutdown");
      const prisma = createPrismaClient(db.url);
      let server = startServer(db.url);
      try {
        migrate(db.url);
        const school = await prisma.school.create({ data: { name: "종료대학교" } });
        const board = await prisma.board.create({
          data: { schoolId: school.id, name: "자유게시판", kind: "FREE", position: 0 },
        });
        const users = await Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            prisma.user.create({
              data: {
                email: `storm${i}@test.example`,
                nickname: `폭풍${i}`,
                passwordHash: "x",
                schoolId: school.id,
              },
              select: { id: true },
            }),
          ),
        );
        const author = users[0];
        const post = await prisma.post.create({
          data: {
            boardId: board.id,
            schoolId: school.id,
            authorId: author.id,
            title: "폭풍",
            content: "댓글 폭풍",
            isAnonymous: false,
          },
        });
        const tokens = await Promise.all(users.map((u) => signAccessToken(u.id)));
        await waitHealthy(server.child, server.output);

        // The storm: 12 writers, each posting comments back to back until the server stops answering.
        const acknowledged: string[] = [];
        const outcomes = { acked: 0, refused: 0, failed: 0 };
        let stop = false;
        let seq = 0;
        const writer = async (token: string) => {
          while (!stop) {
            const content = `폭풍 댓글 ${seq++}`;
            try {
              const res = await fetch(`${BASE}/api/v1/posts/${post.id}/comments`, {
                method: "POST",
                headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
                body: JSON.stringify({ content, isAnonymous: false }),
              });
              await res.text();
              if (res.status === 201) {
                acknowledged.push(content);
                outcomes.acked++;
              } else outcomes.refused++;
            } catch {
              outcomes.failed++; // connection refused or reset once the server is stopping: not acknowledged
              await new Promise((r) => setTimeout(r, 20));
            }
          }
        };
        const storm = Promise.all(tokens.map(writer));
        while (outcomes.acked < 20) await new Promise((r) => setTimeout(r, 20));

        server.child.kill("SIGTERM");
        const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
          server.child.on("exit", (code, signal) => resolve({ code, signal })),
        );
        const ackedAtExit = outcomes.acked;
        stop = true;
        await storm;
        expect(exit, server.output()).toEqual({ code: 0, signal: null });
        expect(ackedAtExit).toBeGreaterThanOrEqual(20);
        expect(server.output()).toMatch(/"msg":"stopped"/);

        // One JSON line per request: the route pattern, never the raw path (it holds the post id),
        // and nothing that names the user.
        const lines = server
          .output()
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l));
        const writes = lines.filter((l) => l.msg === "request" && l.method === "POST");
        expect(writes.length).toBeGreaterThanOrEqual(ackedAtExit);
        for (const l of writes) {
          expect(Object.keys(l).sort()).toEqual([
            "level",
            "method",
            "ms",
            "msg",
            "pid",
            "reqId",
            "route",
            "status",
            "time",
          ]);
          expect(l.route).toBe("/api/v1/posts/[id]/comments");
        }
        expect(writes.filter((l) => l.status === 201).length).toBe(ackedAtExit);
        expect(server.output()).not.toContain(`/posts/${post.id}/`);

        // Restart (LOG_LEVEL=warn: no request lines) and check through the API that every
        // acknowledged comment is there.
        server = startServer(db.url, "warn");
        await waitHealthy(server.child, server.output);
        const res = await fetch(`${BASE}/api/v1/posts/${post.id}/comments?limit=100`, {
          headers: { authorization: `Bearer ${tokens[1]}` },
        });
        expect(res.status).toBe(200);
        const stored = new Set<string>();
        const body = (await res.json()) as {
          items: { content: string; replies?: { content: string }[] }[];
          nextCursor: string | null;
        };
        for (const c of body.items) stored.add(c.content);
        // Past the first page, read the rest from the database itself.
        for (const c of await prisma.comment.findMany({
          where: { postId: post.id },
          select: { content: true },
        }))
          stored.add(c.content);
        const missing = acknowledged.filter((c) => !stored.has(c));
        expect(missing).toEqual([]);

        // Readiness follows the migration history: a migration this build ships that the database
        // lacks makes the instance unready (503) while liveness stays 200.
        const ready = async () => {
          const r = await fetch(`${BASE}/api/v1/health/ready`);
          return { status: r.status, body: await r.json() };
        };
        expect(await ready()).toEqual({
          status: 200,
          body: { status: "ready", database: "ok", migrations: "ok", pushKeys: "ok" },
        });
        await prisma.$executeRawUnsafe(
          "UPDATE _prisma_migrations SET rolled_back_at = CURRENT_TIMESTAMP",
        );
        expect(await ready()).toMatchObject({
          status: 503,
          body: { status: "unavailable", database: "ok", migrations: "pending" },
        });
        expect((await fetch(`${BASE}/api/v1/health`)).status).toBe(200);
        await prisma.$executeRawUnsafe("UPDATE _prisma_migrations SET rolled_back_at = NULL");
        expect((await ready()).status).toBe(200);
        // LOG_LEVEL=warn: no info lines; the 503 above is a 5xx and logged at error level.
        expect(server.output()).not.toMatch(/"level":30,.*"msg":"request"/);
        expect(server.output()).toMatch(
          /"level":50,.*"route":"\/api\/v1\/health\/ready","status":503/,
        );
      } finally {
        server.child.kill("SIGKILL");
        await prisma.$disconnect();
        await db.drop();
      }
    },
  );
});
