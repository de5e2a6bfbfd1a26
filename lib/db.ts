import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { CountingAdapterFactory } from "@/lib/counting-adapter";
import { isPostgresUrl } from "@/lib/database-url.mjs";
import { databaseUrl } from "@/lib/env";
import { FreshReads } from "@/lib/cache/fresh-reads";
import { SqliteAdapterFactory } from "@/lib/sqlite-adapter";

// Prisma 7 runs a wasm query compiler and talks to the database through a JS driver adapter.
// A generated client serves one provider, so both are generated (see scripts/prisma-generate.mjs)
// and the DATABASE_URL scheme picks one (lib/database-url.mjs). Both come from the same schema: same models, same types.

// ---------------------------------------------------------------------------------------------
// SQL statement counter, for `npm run bench` only (CAMPUSTIME_BENCH=1): every statement the
// adapters run adds one, and /api/bench-stats reports the total. Off, nothing is counted.
const counting = process.env.CAMPUSTIME_BENCH === "1";
const stats = ((
  globalThis as { __campustimeSqlStats?: { statements: number } }
).__campustimeSqlStats ??= { statements: 0 });
const countStatement = () => void stats.statements++;
/** Statements run by this process so far (counted only when CAMPUSTIME_BENCH=1). */
export function sqlStatementCount(): number {
  return stats.statements;
}

/**
 * Every interactive transaction waits up to 15 s for its connection (PostgreSQL's pool; SQLite's
 * one writer, serialised by the adapter) and may run 15 s, where Prisma's defaults are 2 s and 5 s.
 * Writes to one post queue for it (a comment holds the post's row lock while it numbers 익명N; a
 * 공감 updates the same row), and under a burst the queue is longer than 2 s: a write that waits
 * its turn is slower, one that gives up is a 500 (tests/unit/write-queue.test.ts).
 */
export const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) {
    const pg = new PrismaPg({ connectionString: url });
    return new PgPrismaClient({
      adapter: counting ? new CountingAdapterFactory(pg, countStatement) : pg,
      transactionOptions: TRANSACTION_OPTIONS,
    }) as unknown as PrismaClient;
  }
  // SQLite through our own adapter (lib/sqlite-adapter.ts: kept statements, BEGIN IMMEDIATE, no
  // stat4 samples). CAMPUSTIME_SQLITE_STATEMENT_CACHE=0 turns the kept statements off (to measure
  // what they buy).
  const adapter = new SqliteAdapterFactory({
    url,
    timeout: 10_000,
    cacheStatements: process.env.CAMPUSTIME_SQLITE_STATEMENT_CACHE !== "0",
    onStatement: counting ? countStatement : undefined,
  });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process. */
export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
globalForPrisma.prisma = prisma;

export type { PrismaClient };

// ---------------------------------------------------------------------------------------------
// Shared reads (lib/cache/fresh-reads.ts): identical statements asked for at the same time run
// once, and each answer still comes from a statement that started after its caller asked.
const sharedReads = new FreshReads<string, unknown[]>();
const keyValue = (_: string, v: unknown) => (typeof v === "bigint" ? `${v}n` : v);

/**
 * `prisma.$queryRaw(query)` for the hot reads that many students ask alike (a board's page, a
 * lecture search): concurrent callers with the same statement and values share its rows, which
 * are therefore read-only. Outside transactions only.
 */
export function sharedQueryRaw<T>(query: Prisma.Sql): Promise<T[]> {
  const key = `${query.sql}\u0000${JSON.stringify(query.values, keyValue)}`;
  return sharedReads.read(key, () => prisma.$queryRaw<unknown[]>(query)) as Promise<T[]>;
}
