import Database from "better-sqlite3";
import {
  ColumnTypeEnum,
  DriverAdapterError,
  type ArgType,
  type ColumnType,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";

// Prisma's driver adapter for SQLite, our own (issue 22), around better-sqlite3. It speaks Prisma's
// adapter interface exactly as @prisma/adapter-better-sqlite3 does (same values in, same values
// and error kinds out: the conversions below follow that package's), and differs in three things
// this app needs from SQLite, which used to be patches of that package's connection objects:
//
// 1. Prepared statements are kept (at most STATEMENT_CACHE_SIZE per connection, least recently
//    used out first). Prisma's SQL is parameterised, so a page reads with a handful of statement
//    texts over and over; preparing one costs ≈50 µs under load against ≈9 µs to run a prepared
//    one (docs/BENCHMARKS.md, session 2). Their column lists are read once too.
// 2. Transactions begin IMMEDIATE. With several server processes on one file (WAL), a deferred
//    transaction that reads and then writes fails at once with SQLITE_BUSY_SNAPSHOT when another
//    process wrote in between; busy_timeout cannot help it. IMMEDIATE takes the write lock first,
//    so the transaction waits (up to `timeout`) for its turn instead. Inside one process the
//    adapter runs one transaction at a time (a queue), as SQLite has one writer.
// 3. sqlite_stat4 samples are dropped when a connection opens. better-sqlite3 is built with
//    SQLITE_ENABLE_STAT4; once `ANALYZE` has written sample rows, SQLite re-plans every statement
//    whose parameter sits on a sampled index column on each run (the post detail statement cost
//    144 µs instead of 10 µs; docs/BENCHMARKS.md, session 4), and the kept statements would buy
//    nothing. The plans are chosen with sqlite_stat1 alone; `ANALYZE sqlite_schema` makes the
//    connection reload the statistics without the samples.
//
// `onStatement` is called once per statement run (the bench's counter, lib/db.ts).

/** Prepared statements kept per connection (SQL text → statement). */
export const STATEMENT_CACHE_SIZE = 500;

export type SqliteAdapterOptions = {
  /** `file:` URL or path of the database file. */
  url: string;
  /** How long a statement waits for a lock held by another connection or process (ms). */
  timeout?: number;
  /** Keep prepared statements (default true; false measures what they buy). */
  cacheStatements?: boolean;
  /** Called for every statement run. */
  onStatement?: () => void;
};

const ADAPTER_NAME = "campustime-sqlite";

type Statement = Database.Statement<unknown[]>;

// --- values in and out (as @prisma/adapter-better-sqlite3 converts them) ---------------------

const DECLARED_TYPES: Record<string, ColumnType> = {
  DECIMAL: ColumnTypeEnum.Numeric,
  FLOAT: ColumnTypeEnum.Float,
  DOUBLE: ColumnTypeEnum.Double,
  "DOUBLE PRECISION": ColumnTypeEnum.Double,
  NUMERIC: ColumnTypeEnum.Double,
  REAL: ColumnTypeEnum.Double,
  TINYINT: ColumnTypeEnum.Int32,
  SMALLINT: ColumnTypeEnum.Int32,
  MEDIUMINT: ColumnTypeEnum.Int32,
  INT: ColumnTypeEnum.Int32,
  INTEGER: ColumnTypeEnum.Int32,
  SERIAL: ColumnTypeEnum.Int32,
  INT2: ColumnTypeEnum.Int32,
  BIGINT: ColumnTypeEnum.Int64,
  "UNSIGNED BIG INT": ColumnTypeEnum.Int64,
  INT8: ColumnTypeEnum.Int64,
  DATETIME: ColumnTypeEnum.DateTime,
  TIMESTAMP: ColumnTypeEnum.DateTime,
  TIME: ColumnTypeEnum.Time,
  DATE: ColumnTypeEnum.Date,
  TEXT: ColumnTypeEnum.Text,
  CLOB: ColumnTypeEnum.Text,
  CHARACTER: ColumnTypeEnum.Text,
  VARCHAR: ColumnTypeEnum.Text,
  "VARYING CHARACTER": ColumnTypeEnum.Text,
  NCHAR: ColumnTypeEnum.Text,
  "NATIVE CHARACTER": ColumnTypeEnum.Text,
  NVARCHAR: ColumnTypeEnum.Text,
  BLOB: ColumnTypeEnum.Bytes,
  BOOLEAN: ColumnTypeEnum.Boolean,
  JSONB: ColumnTypeEnum.Json,
};

/** A column's type from its declared type, or from the first non-NULL value (expressions). */
function columnTypes(declared: (string | null)[], rows: unknown[][]): ColumnType[] {
  return declared.map((decl, i) => {
    const known = decl === null ? undefined : DECLARED_TYPES[decl.toUpperCase()];
    if (known !== undefined) return known;
    for (const row of rows) if (row[i] !== null) return typeOfValue(row[i]);
    return ColumnTypeEnum.Int32;
  });
}

function typeOfValue(value: unknown): ColumnType {
  switch (typeof value) {
    case "string":
      return ColumnTypeEnum.Text;
    case "bigint":
      return ColumnTypeEnum.Int64;
    case "boolean":
      return ColumnTypeEnum.Boolean;
    case "number":
      return ColumnTypeEnum.UnknownNumber;
    default:
      if (value instanceof ArrayBuffer || value instanceof Uint8Array) return ColumnTypeEnum.Bytes;
      throw new Error(`unexpected value of type ${typeof value} in a result row`);
  }
}

function mapRow(row: unknown[], types: ColumnType[]): unknown[] {
  const out = new Array(row.length);
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    const t = types[i];
    if (
      typeof v === "number" &&
      (t === ColumnTypeEnum.Int32 || t === ColumnTypeEnum.Int64) &&
      !Number.isInteger(v)
    )
      out[i] = Math.trunc(v);
    else if ((typeof v === "number" || typeof v === "bigint") && t === ColumnTypeEnum.DateTime)
      out[i] = new Date(Number(v)).toISOString();
    else if (typeof v === "bigint") {
      const n = Number(v);
      out[i] = Number.isSafeInteger(n) ? n : v.toString();
    } else out[i] = v;
  }
  return out;
}

function mapArg(arg: unknown, type: ArgType | undefined): unknown {
  if (arg === null) return null;
  const scalar = type?.scalarType;
  if (typeof arg === "string") {
    if (scalar === "int") return Number.parseInt(arg);
    if (scalar === "float" || scalar === "decimal") return Number.parseFloat(arg);
    if (scalar === "bigint") return BigInt(arg);
    if (scalar === "datetime") arg = new Date(arg);
    else if (scalar === "bytes") return Buffer.from(arg, "base64");
  }
  if (typeof arg === "boolean") return arg ? 1 : 0;
  if (arg instanceof Date) return arg.toISOString().replace("Z", "+00:00");
  return arg;
}

// --- errors (Prisma's error kinds, as @prisma/adapter-better-sqlite3 maps them) ---------------

const SQLITE_BUSY = 5;

function fieldsOf(message: string): string[] | undefined {
  return message
    .split("constraint failed: ")
    .at(1)
    ?.split(", ")
    .map((f) => f.split(".").pop()!);
}

/** A better-sqlite3 error as Prisma's DriverAdapterError; anything else is rethrown as it is. */
export function toDriverError(error: unknown): never {
  const e = error as { code?: unknown; message?: unknown };
  if (typeof e?.code !== "string" || typeof e.message !== "string") throw error;
  const code = e.code;
  const message = e.message;
  const base = { originalCode: code, originalMessage: message };
  const unknownCode = code.startsWith("UNKNOWN_SQLITE_ERROR_")
    ? Number(code.slice("UNKNOWN_SQLITE_ERROR_".length))
    : undefined;
  const extended = Number.isInteger(unknownCode) ? unknownCode : undefined;
  switch (code) {
    case "SQLITE_CONSTRAINT_UNIQUE":
    case "SQLITE_CONSTRAINT_PRIMARYKEY": {
      const columns = message.split("constraint failed: ").at(1)?.split(", ");
      const fields = fieldsOf(message);
      const table = columns?.at(0)?.split(".").slice(0, -1).join(".") || undefined;
      throw new DriverAdapterError({
        ...base,
        kind: "UniqueConstraintViolation",
        constraint: fields ? { fields } : undefined,
        table,
      });
    }
    case "SQLITE_CONSTRAINT_NOTNULL": {
      const fields = fieldsOf(message);
      throw new DriverAdapterError({
        ...base,
        kind: "NullConstraintViolation",
        constraint: fields ? { fields } : undefined,
      });
    }
    case "SQLITE_CONSTRAINT_FOREIGNKEY":
    case "SQLITE_CONSTRAINT_TRIGGER":
      throw new DriverAdapterError({
        ...base,
        kind: "ForeignKeyConstraintViolation",
        constraint: { foreignKey: {} },
      });
  }
  if (
    code.startsWith("SQLITE_BUSY") ||
    (extended !== undefined && (extended & 255) === SQLITE_BUSY)
  )
    throw new DriverAdapterError({ ...base, kind: "SocketTimeout" });
  if (message.startsWith("no such table"))
    throw new DriverAdapterError({
      ...base,
      kind: "TableDoesNotExist",
      table: message.split(": ").at(1),
    });
  if (message.startsWith("no such column"))
    throw new DriverAdapterError({
      ...base,
      kind: "ColumnNotFound",
      column: message.split(": ").at(1),
    });
  if (message.includes("has no column named "))
    throw new DriverAdapterError({
      ...base,
      kind: "ColumnNotFound",
      column: message.split("has no column named ").at(1),
    });
  throw new DriverAdapterError({ ...base, kind: "sqlite", extendedCode: extended ?? 1, message });
}

// --- the connection ----------------------------------------------------------------------------

/** One better-sqlite3 connection with its kept statements. */
class Connection {
  readonly db: Database.Database;
  readonly #cache = new Map<string, Statement>();
  readonly #columns = new WeakMap<Statement, { names: string[]; types: (string | null)[] }>();
  readonly #keep: boolean;
  readonly #onStatement?: () => void;

  constructor(options: SqliteAdapterOptions) {
    this.db = new Database(options.url.replace(/^file:/, ""), { timeout: options.timeout });
    this.db.defaultSafeIntegers(true);
    this.#keep = options.cacheStatements ?? true;
    this.#onStatement = options.onStatement;
    dropStat4Samples(this.db);
  }

  /** The prepared statement of `sql` (readers return rows as arrays). */
  statement(sql: string): Statement {
    let stmt = this.#keep ? this.#cache.get(sql) : undefined;
    if (stmt) {
      this.#cache.delete(sql); // re-inserted below: most recently used last
    } else {
      stmt = this.db.prepare(sql);
      if (stmt.reader) stmt.raw(true);
      if (!this.#keep) return stmt;
      if (this.#cache.size >= STATEMENT_CACHE_SIZE)
        this.#cache.delete(this.#cache.keys().next().value!);
    }
    this.#cache.set(sql, stmt);
    return stmt;
  }

  /** Runs a statement of our own (BEGIN IMMEDIATE), not counted as one of Prisma's. */
  run(sql: string): void {
    try {
      this.statement(sql).run();
    } catch (e) {
      toDriverError(e);
    }
  }

  query(q: SqlQuery): SqlResultSet {
    this.#onStatement?.();
    try {
      const args = q.args.map((a, i) => mapArg(a, q.argTypes[i]));
      const stmt = this.statement(q.sql);
      if (!stmt.reader) {
        stmt.run(args);
        return { columnNames: [], columnTypes: [], rows: [] };
      }
      let cols = this.#columns.get(stmt);
      if (!cols) {
        const list = stmt.columns();
        cols = { names: list.map((c) => c.name), types: list.map((c) => c.type) };
        this.#columns.set(stmt, cols);
      }
      const rows = stmt.all(args) as unknown[][];
      const types = columnTypes(cols.types, rows);
      return {
        columnNames: cols.names,
        columnTypes: types,
        rows: rows.map((r) => mapRow(r, types)),
      };
    } catch (e) {
      toDriverError(e);
    }
  }

  execute(q: SqlQuery): number {
    this.#onStatement?.();
    try {
      const args = q.args.map((a, i) => mapArg(a, q.argTypes[i]));
      return Number(this.statement(q.sql).run(args).changes);
    } catch (e) {
      toDriverError(e);
    }
  }
}

/** Deletes sqlite_stat4's samples and reloads the statistics without them (see 3. above). */
export function dropStat4Samples(db: Database.Database): boolean {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat4'")
    .get();
  if (!hasTable || !db.prepare("SELECT 1 FROM sqlite_stat4 LIMIT 1").get()) return false;
  db.prepare("DELETE FROM sqlite_stat4").run();
  db.prepare("ANALYZE sqlite_schema").run();
  return true;
}

/** A FIFO lock: one transaction at a time per connection. */
class Queue {
  #tail: Promise<void> = Promise.resolve();
  acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((r) => (release = r));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => turn);
    return ready;
  }
}

class SqliteTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  readonly options: TransactionOptions = { usePhantomQuery: false };
  readonly #conn: Connection;
  #release: (() => void) | null;

  constructor(conn: Connection, release: () => void) {
    this.#conn = conn;
    this.#release = release;
  }
  async queryRaw(q: SqlQuery) {
    return this.#conn.query(q);
  }
  async executeRaw(q: SqlQuery) {
    return this.#conn.execute(q);
  }
  // Prisma sends COMMIT / ROLLBACK itself (usePhantomQuery: false); these end our turn.
  async commit() {
    this.#end();
  }
  async rollback() {
    this.#end();
  }
  async createSavepoint(name: string) {
    this.#conn.execute({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] });
  }
  async rollbackToSavepoint(name: string) {
    this.#conn.execute({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] });
  }
  async releaseSavepoint(name: string) {
    this.#conn.execute({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] });
  }
  #end() {
    this.#release?.();
    this.#release = null;
  }
}

export class SqliteAdapter implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  readonly #conn: Connection;
  readonly #transactions = new Queue();

  constructor(options: SqliteAdapterOptions) {
    this.#conn = new Connection(options);
  }
  async queryRaw(q: SqlQuery) {
    return this.#conn.query(q);
  }
  async executeRaw(q: SqlQuery) {
    return this.#conn.execute(q);
  }
  async executeScript(script: string) {
    try {
      this.#conn.db.exec(script);
    } catch (e) {
      toDriverError(e);
    }
  }
  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    const release = await this.#transactions.acquire();
    try {
      this.#conn.run("BEGIN IMMEDIATE");
    } catch (e) {
      release();
      throw e;
    }
    return new SqliteTransaction(this.#conn, release);
  }
  async dispose() {
    this.#conn.db.close();
  }
}

/** What PrismaClient is given (`new PrismaClient({ adapter: new SqliteAdapterFactory(…) })`). */
export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = ADAPTER_NAME;
  readonly #options: SqliteAdapterOptions;

  constructor(options: SqliteAdapterOptions) {
    this.#options = options;
  }
  async connect(): Promise<SqlDriverAdapter> {
    return new SqliteAdapter(this.#options);
  }
}
