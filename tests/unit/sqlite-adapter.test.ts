import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { SqliteAdapterFactory, STATEMENT_CACHE_SIZE } from "@/lib/sqlite-adapter";

// Our SQLite driver adapter (lib/sqlite-adapter.ts) against Prisma's own on the same database:
// the same answers (values, types, nulls, dates, bytes, big integers, raw expressions) and the same
// errors, and what it does differently: statements kept across runs with other arguments,
// transactions that take SQLite's write lock at BEGIN, one transaction at a time per process.
// SQLite-only by nature: it makes its own SQLite file in both CI passes.

let dir = "";
let file = "";
let ours: PrismaClient;
let theirs: PrismaClient;
let statements = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-adapter-"));
  file = path.join(dir, "adapter.db");
  execFileSync(process.execPath, ["scripts/db-migrate.mjs", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  ours = new PrismaClient({
    adapter: new SqliteAdapterFactory({
      url: `file:${file}`,
      timeout: 2_000,
      onStatement: () => void statements++,
    }),
  });
  theirs = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${file}` }) });
}, 60_000);

afterAll(async () => {
  await ours?.$disconnect();
  await theirs?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the same reads through both clients and returns both answers. */
async function both<T>(read: (c: PrismaClient) => Promise<T>): Promise<[T, T]> {
  return [await read(ours), await read(theirs)];
}

describe("SQLite adapter", () => {
  it("writes and reads every column type as Prisma's adapter does", async () => {
    const school = await ours.school.create({
      data: {
        name: "어댑터대학교",
        createdAt: new Date("2026-03-02T01:02:03.456Z"),
      },
    });
    const user = await ours.user.create({
      data: {
        email: "a@adapter.ac.kr",
        passwordHash: "x",
        nickname: "어댑터",
        schoolId: school.id,
        isAdmin: true,
      },
    });
    await ours.gradeEntry.create({
      data: {
        userId: user.id,
        semester: "2026-1",
        position: 0,
        name: "회로",
        credits: 2.5,
        grade: "A+",
      },
    });
    await ours.rateLimitBucket.create({
      data: { key: "k", count: 9_007_199_254_740_993n, resetAt: 1_790_000_000_000n },
    });
    const bytes = Buffer.from([0, 1, 2, 254, 255]);
    await ours.photoObject.create({ data: { storageKey: "s", variant: "full", bytes } });

    const [a, b] = await both((c) =>
      Promise.all([
        c.school.findUnique({ where: { id: school.id } }),
        c.user.findUnique({ where: { id: user.id }, include: { school: true } }),
        c.gradeEntry.findMany({ where: { userId: user.id } }),
        c.rateLimitBucket.findUnique({ where: { key: "k" } }),
        c.photoObject.findFirst({ where: { storageKey: "s" } }),
      ]),
    );
    expect(a).toEqual(b);
    expect(a[0]!.createdAt).toEqual(new Date("2026-03-02T01:02:03.456Z"));
    expect(a[1]!.isAdmin).toBe(true);
    expect(a[2][0].credits).toBe(2.5);
    expect(a[3]!.count).toBe(9_007_199_254_740_993n);
    expect(Buffer.from(a[4]!.bytes)).toEqual(bytes);
  });

  it("answers raw statements with the same values and types", async () => {
    const [a, b] = await both(
      (c) =>
        c.$queryRaw<unknown[]>`
        SELECT COUNT(*) AS "n", 1.5 AS "f", 'x' AS "t", NULL AS "nothing", 1 = 1 AS "yes",
               json_group_array(s."name") AS "names", MAX(s."createdAt") AS "newest",
               s."createdAt" AS "created", s."id" AS "id"
        FROM "School" s WHERE s."name" LIKE ${"어댑터%"}`,
    );
    expect(a).toEqual(b);
    expect(a).toHaveLength(1);
  });

  it("keeps statements: the same statement with other arguments, reads and writes interleaved, past the bound", async () => {
    for (let i = 0; i < 5; i++) await ours.school.create({ data: { name: `반복대학교${i}` } });
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) {
        const row = await ours.school.findUnique({ where: { name: `반복대학교${i}` } });
        expect(row?.name).toBe(`반복대학교${i}`);
        await ours.school.update({
          where: { id: row!.id },
          data: { createdAt: new Date(Date.UTC(2026, round, 1)) },
        });
      }
    }
    // More distinct statements than are kept: the oldest go, answers stay right.
    for (let i = 0; i < STATEMENT_CACHE_SIZE + 20; i++) {
      const [row] = await ours.$queryRawUnsafe<{ v: bigint }[]>(`SELECT ${i} AS v`);
      expect(Number(row.v)).toBe(i);
    }
    expect(
      (await ours.school.findUnique({ where: { name: "반복대학교3" } }))?.createdAt.toISOString(),
    ).toBe("2026-03-01T00:00:00.000Z");
  });

  it("counts every statement it runs", async () => {
    const before = statements;
    await ours.school.count();
    await ours.$queryRaw`SELECT 1`;
    expect(statements - before).toBe(2);
  });

  it("maps SQLite's errors to Prisma's", async () => {
    const [mine, prismas] = await Promise.all(
      [ours, theirs].map((c) =>
        c.school.create({ data: { name: "어댑터대학교" } }).catch((e: unknown) => e),
      ),
    );
    expect(mine).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((mine as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    expect((mine as Prisma.PrismaClientKnownRequestError).meta).toEqual(
      (prismas as Prisma.PrismaClientKnownRequestError).meta,
    );
    const fk = await ours.board
      .create({ data: { schoolId: 999_999, name: "없는 학교", kind: "FREE" } as never })
      .catch((e: unknown) => e);
    expect((fk as Prisma.PrismaClientKnownRequestError).code).toBe("P2003");
  });

  it("takes the write lock when a transaction begins, so another process's writer waits its turn", async () => {
    let inside!: () => void;
    const entered = new Promise<void>((r) => (inside = r));
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    const tx = ours.$transaction(async (t) => {
      await t.school.findFirst(); // a read first: a deferred BEGIN would not hold the lock yet
      inside();
      await held;
      await t.school.create({ data: { name: "트랜잭션대학교" } });
    });
    await entered;
    // Another connection (as another server process would) cannot begin writing meanwhile.
    const other = new Database(file, { timeout: 0 });
    expect(() => other.prepare("BEGIN IMMEDIATE").run()).toThrow(/locked|busy/i);
    finish();
    await tx;
    other.prepare("BEGIN IMMEDIATE").run();
    other.prepare("ROLLBACK").run();
    other.close();
    expect(await ours.school.count({ where: { name: "트랜잭션대학교" } })).toBe(1);
  });

  it("runs one transaction at a time in a process, in the order asked, and rolls back on error", async () => {
    const order: string[] = [];
    const run = (name: string, fail = false) =>
      ours.$transaction(async (t) => {
        order.push(`${name}:start`);
        await t.school.create({ data: { name } });
        await new Promise((r) => setTimeout(r, 10));
        order.push(`${name}:end`);
        if (fail) throw new Error("no");
      });
    const results = await Promise.allSettled([
      run("첫째대학교"),
      run("둘째대학교", true),
      run("셋째대학교"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(order).toEqual([
      "첫째대학교:start",
      "첫째대학교:end",
      "둘째대학교:start",
      "둘째대학교:end",
      "셋째대학교:start",
      "셋째대학교:end",
    ]);
    const names = (
      await ours.school.findMany({
        where: { name: { endsWith: "째대학교" } },
        select: { name: true },
      })
    ).map((s) => s.name);
    expect(names.sort()).toEqual(["셋째대학교", "첫째대학교"]);
  });
});
