import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/generated/prisma-pg/client";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "@/lib/env";
import { FreshReads } from "@/lib/cache/fresh-reads";

// Prisma 7 runs a wasm query compiler and talks to the database through a JS driver adapter.
// A generated client serves one provider, so both are generated (see scripts/prisma-generate.mjs)
// and the DATABASE_URL scheme picks one (lib/database-url.mjs). Both come from the same schema: same models, same types.
import { isPostgresUrl } from "@/lib/database-url.mjs";

// ---------------------------------------------------------------------------------------------
// SQL statement counter, for `npm run bench` only (CAMPUSTIME_BENCH=1): every statement the
// adapters run adds one, and /api/bench-stats reports the total. Off, it costs one branch.
const counting = process.env.CAMPUSTIME_BENCH === "1";
const stats = ((
  globalThis as { __campustimeSqlStats?: { statements: number } }
).__campustimeSqlStats ??= { statements: 0 });
/** Statements run by this process so far (counted only when CAMPUSTIME_BENCH=1). */
export function sqlStatementCount(): number {
  return stats.statements;
}

type Queryable = {
  queryRaw: (q: unknown) => Promise<unknown>;
  executeRaw: (q: unknown) => Promise<unknown>;
};
function countQueries<T extends Queryable>(q: T): T {
  if (!counting) return q;
  const queryRaw = q.queryRaw.bind(q);
  const executeRaw = q.executeRaw.bind(q);
  q.queryRaw = (query) => (stats.statements++, queryRaw(query));
  q.executeRaw = (query) => (stats.statements++, executeRaw(query));
  return q;
}

/**
 * Wraps a driver-adapter factory so each connection counts its statements (bench only) and, for
 * transactions, so do the transaction objects.
 */
function instrument<F extends { connect: () => Promise<unknown> }>(
  factory: F,
  onConnect?: (conn: never) => void,
): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const conn = (await connect()) as Queryable & {
      startTransaction?: (...a: unknown[]) => Promise<Queryable>;
    };
    onConnect?.(conn as never);
    countQueries(conn);
    if (counting && conn.startTransaction) {
      const start = conn.startTransaction.bind(conn);
      conn.startTransaction = async (...a) => countQueries(await start(...a));
    }
    return conn;
  };
  return factory;
}

/** Prepared statements kept per connection (SQL text → statement); Prisma's SQL is parameterised. */
const STATEMENT_CACHE_SIZE = 500;

type SqliteStatement = {
  reader: boolean;
  columns(): unknown[];
  raw(on?: boolean): SqliteStatement;
  all(...args: unknown[]): unknown[];
  run(...args: unknown[]): unknown;
  bind(...args: unknown[]): SqliteStatement;
};

// The adapter asks every reading statement for its columns (names and declared types) on each
// run: ≈1.4 % of a board list's CPU. A prepared statement's columns are fixed, so they are read once.
const statementColumns = new WeakMap<SqliteStatement, unknown[]>();
function columnsOf(s: SqliteStatement): unknown[] {
  let columns = statementColumns.get(s);
  if (!columns) statementColumns.set(s, (columns = s.columns()));
  return columns;
}

/**
 * better-sqlite3's adapter calls `prepare()` for every statement (≈50 µs under load against ≈9 µs
 * for a prepared one). This keeps a bounded cache of prepared statements per connection. The
 * adapter binds its arguments with `prepare(sql).bind(args)`, and a better-sqlite3 statement can
 * be bound only once, so the cached statement is handed out behind a small view that passes the
 * arguments to each call instead (`all(args)` / `run(args)`), which better-sqlite3 treats the same.
 * SQLite runs one statement at a time per connection, so sharing a statement is safe.
 */
function cachePreparedStatements(conn: { client: { prepare(sql: string): SqliteStatement } }) {
  const client = conn.client;
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, SqliteStatement>();
  client.prepare = (sql: string) => {
    let stmt = cache.get(sql);
    if (stmt) {
      cache.delete(sql); // re-insert: most recently used last
      cache.set(sql, stmt);
    } else {
      stmt = prepare(sql);
      cache.set(sql, stmt);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    const s = stmt;
    const bound = (args: unknown[]) => {
      const view: SqliteStatement = {
        reader: s.reader,
        columns: () => columnsOf(s),
        raw: () => view,
        all: () => (s.reader ? s.raw(true).all(args) : []),
        run: () => s.run(args),
        bind: () => view,
      };
      return view;
    };
    return { ...bound([]), bind: (args: unknown[]) => bound(args) } as SqliteStatement;
  };
}

/**
 * Keeps SQLite's plans prepared once. better-sqlite3 is built with SQLITE_ENABLE_STAT4, and once
 * `ANALYZE` has written sample rows to sqlite_stat4, SQLite marks every statement whose parameter
 * sits on a sampled index column (a school id, a board id, a user id) as expired each time a
 * value is bound, and prepares it again on the next step: the cached statement is re-planned on
 * every execution. That made the post detail statement cost 144 µs instead of 10 µs, and it hit
 * every read of every page (docs/BENCHMARKS.md, session 4). The plans here are chosen with
 * sqlite_stat1 (row counts per index) alone, so the samples are dropped when a connection opens;
 * `ANALYZE sqlite_schema` makes this connection reload the statistics without them.
 */
function dropStat4Samples(conn: {
  client: {
    prepare(sql: string): { all(...a: unknown[]): unknown[]; run(...a: unknown[]): unknown };
  };
}) {
  const db = conn.client;
  const hasSamples =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'").all()
      .length > 0 && db.prepare("SELECT 1 FROM sqlite_stat4 LIMIT 1").all().length > 0;
  if (!hasSamples) return;
  db.prepare("DELETE FROM sqlite_stat4").run();
  db.prepare("ANALYZE sqlite_schema").run();
}

/**
 * Transactions on SQLite start with BEGIN IMMEDIATE instead of the adapter's deferred BEGIN. With
 * several server processes on one file (WAL), a deferred transaction that reads and then writes
 * fails at once with SQLITE_BUSY_SNAPSHOT when another process wrote in between; busy_timeout
 * cannot help it. IMMEDIATE takes the write lock first, so the transaction waits (up to the
 * timeout) for its turn instead. Inside one process the adapter already serialises transactions.
 */
function beginImmediate(conn: { client: { prepare(sql: string): SqliteStatement } }) {
  const client = conn.client;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
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
    return new PgPrismaClient({
      adapter: instrument(new PrismaPg({ connectionString: url })),
      transactionOptions: TRANSACTION_OPTIONS,
    }) as unknown as PrismaClient;
  }
  // CAMPUSTIME_SQLITE_STATEMENT_CACHE=0 turns the cache off (to measure what it buys).
  const cacheStatements = process.env.CAMPUSTIME_SQLITE_STATEMENT_CACHE !== "0";
  const adapter = instrument(new PrismaBetterSqlite3({ url, timeout: 10_000 }), (conn: never) => {
    dropStat4Samples(conn);
    if (cacheStatements) cachePreparedStatements(conn);
    beginImmediate(conn);
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
