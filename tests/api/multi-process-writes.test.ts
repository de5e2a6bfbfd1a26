import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { signAccessToken } from "@/lib/auth/access-token";
import { createPrismaClient } from "@/lib/db";
import { freePort } from "../support/ports";
import { createTestDatabase, migrate } from "../support/test-db";

// `npm start` serves with one process per core on SQLite too: several processes write one
// database file. SQLite transactions begin IMMEDIATE (lib/db.ts) and wait for the write lock
// (busy timeout) instead of failing with SQLITE_BUSY. Here a server of two worker processes
// (scripts/server.mjs, WEB_CONCURRENCY=2) on its own database takes a storm of concurrent
// writes (comments: a transaction with the rate-limit claim and a notification; 공감 on and off:
// read-then-write transactions on one row): every answer is a success (never a 500, never a
// busy error), both processes wrote, and every acknowledged write is in the database.
// Runs on the database of the pass (SQLite by default, PostgreSQL with TEST_PG_URL).

describe("several server processes on one database", () => {
  it(
    "a concurrent write storm through two worker processes: no 5xx, every acknowledged write stored",
    { timeout: 240_000 },
    async () => {
      const db = await createTestDatabase("processes");
      const prisma = createPrismaClient(db.url);
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      migrate(db.url);
      const child = spawn(process.execPath, ["scripts/server.mjs"], {
        env: {
          ...process.env,
          NODE_ENV: "production",
          PORT: String(port),
          HOSTNAME: "127.0.0.1",
          WEB_CONCURRENCY: "2",
          DATABASE_URL: db.url,
          NEXT_TELEMETRY_DISABLED: "1",
          // Not about 학교 인증: every account counts as a verified student (docs/DECISIONS.md).
          SCHOOL_VERIFICATION: "off",
          LOG_LEVEL: "info",
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout!.on("data", (d) => (out += String(d)));
      child.stderr!.on("data", (d) => (out += String(d)));
      try {
        const school = await prisma.school.create({ data: { name: "동시대학교" } });
        const board = await prisma.board.create({
          data: { schoolId: school.id, name: "자유게시판", kind: "FREE", position: 0 },
        });
        const users = await Promise.all(
          Array.from({ length: 13 }, (_, i) =>
            prisma.user.create({
              data: {
                email: `writer${i}@test.example`,
                nickname: `동시${i}`,
                passwordHash: "x",
                schoolId: school.id,
              },
              select: { id: true },
            }),
          ),
        );
        const [author, ...writers] = users;
        const post = await prisma.post.create({
          data: {
            boardId: board.id,
            schoolId: school.id,
            authorId: author.id,
            title: "동시 쓰기",
            content: "댓글과 공감",
            isAnonymous: false,
          },
        });
        const tokens = await Promise.all(writers.map((u) => signAccessToken(u.id)));
        for (let i = 0; i < 480; i++) {
          if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}\n${out}`);
          if (
            await fetch(`${base}/api/v1/health`).then(
              (r) => r.ok,
              () => false,
            )
          )
            break;
          await new Promise((r) => setTimeout(r, 250));
        }

        // 12 writers × 12 rounds, all at once: a comment, then 공감 on, off and on again.
        const ROUNDS = 12; // under the comment limit (30 per user per 5 minutes)
        const acknowledged: string[] = [];
        const failures: string[] = [];
        const send = async (token: string, method: string, path: string, body?: unknown) => {
          const res = await fetch(`${base}${path}`, {
            method,
            headers: {
              authorization: `Bearer ${token}`,
              ...(body ? { "content-type": "application/json" } : {}),
            },
            body: body ? JSON.stringify(body) : undefined,
          });
          const text = await res.text();
          if (!res.ok) failures.push(`${method} ${path} → ${res.status} ${text.slice(0, 200)}`);
          return res.status;
        };
        await Promise.all(
          tokens.map(async (token, w) => {
            for (let r = 0; r < ROUNDS; r++) {
              const content = `동시 댓글 ${w}-${r}`;
              if (
                (await send(token, "POST", `/api/v1/posts/${post.id}/comments`, {
                  content,
                  isAnonymous: r % 2 === 0,
                })) === 201
              )
                acknowledged.push(content);
              await send(token, "PUT", `/api/v1/posts/${post.id}/like`);
              await send(token, "DELETE", `/api/v1/posts/${post.id}/like`);
              await send(token, "PUT", `/api/v1/posts/${post.id}/like`);
            }
          }),
        );

        // On a failure, the servers' error lines tell why (the answer itself says only INTERNAL).
        const errorLines = out
          .split("\n")
          .filter((l) => /"level":(50|60)/.test(l))
          .slice(0, 10);
        expect(failures, `server error lines:\n${errorLines.join("\n")}`).toEqual([]);
        expect(acknowledged).toHaveLength(writers.length * ROUNDS);
        const stored = new Set(
          (
            await prisma.comment.findMany({ where: { postId: post.id }, select: { content: true } })
          ).map((c) => c.content),
        );
        expect(acknowledged.filter((c) => !stored.has(c))).toEqual([]);
        // Every writer's last word was 공감: the count is exact (no lost update between processes).
        const liked = await fetch(`${base}/api/v1/posts/${post.id}`, {
          headers: { authorization: `Bearer ${tokens[0]}` },
        }).then((r) => r.json());
        expect(liked.likeCount).toBe(writers.length);
        expect(liked.commentCount).toBe(writers.length * ROUNDS);

        // Both worker processes took writes (one JSON request line each, with its pid).
        const writePids = new Set(
          out
            .split("\n")
            .filter((l) => l.startsWith("{"))
            .map((l) => JSON.parse(l))
            .filter((l) => l.msg === "request" && l.method === "POST" && l.status === 201)
            .map((l) => l.pid),
        );
        expect(writePids.size).toBe(2);
        expect(out).not.toMatch(/SQLITE_BUSY|database is locked/i);
      } finally {
        child.kill("SIGTERM");
        await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
        await prisma.$disconnect();
        await db.drop();
      }
    },
  );
});
