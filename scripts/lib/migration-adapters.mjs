// The driver adapters the wasm schema engine is given by scripts/db-migrate.mjs: Prisma's own
// (@prisma/adapter-better-sqlite3, @prisma/adapter-pg), wrapped in classes of ours that hand
// every call on and differ in what the schema engine needs. Nothing of Prisma's or pg's objects
// is altered:
//
// - MigrationAdapter: the engine replays migration scripts through executeRaw, which
//   better-sqlite3 refuses for more than one statement; those go through executeScript instead.
// - MigrationAdapterFactory (PostgreSQL): its own shadow database. adapter-pg's
//   connectToShadowDb() runs DROP DATABASE before closing its pool, which fails ("is being
//   accessed by other users") and leaks prisma_migrate_shadow_db_* databases. Here the shadow
//   database is dropped (WITH (FORCE)) after its connection is closed.
// - CharAsTextClient (PostgreSQL): the engine's introspection reads pg_catalog columns of type
//   "char" (OID 18), which adapter-pg 7.x refuses ("Unsupported column type char"). pg returns
//   them as 1-character strings, so their fields are reported as TEXT (OID 25). It is the `Client`
//   class of the pool the adapter is given (pg.Pool's documented `Client` option).
import crypto from "node:crypto";
import pg from "pg";

/** A driver adapter that runs multi-statement raw SQL as a script (see above). */
class MigrationAdapter {
  #inner;
  #afterDispose;
  constructor(inner, afterDispose) {
    this.#inner = inner;
    this.#afterDispose = afterDispose;
    // Only where the wrapped adapter has one (Prisma asks whether the method is there).
    if (inner.getConnectionInfo) this.getConnectionInfo = () => inner.getConnectionInfo();
  }
  get provider() {
    return this.#inner.provider;
  }
  get adapterName() {
    return this.#inner.adapterName;
  }
  queryRaw(query) {
    return this.#inner.queryRaw(query);
  }
  async executeRaw(query) {
    try {
      return await this.#inner.executeRaw(query);
    } catch (e) {
      if (query.args.length === 0 && /more than one statement/.test(String(e?.message ?? e))) {
        await this.#inner.executeScript(query.sql);
        return 0;
      }
      throw e;
    }
  }
  executeScript(script) {
    return this.#inner.executeScript(script);
  }
  startTransaction(isolationLevel) {
    return this.#inner.startTransaction(isolationLevel);
  }
  async dispose() {
    await this.#inner.dispose();
    await this.#afterDispose?.();
  }
}

/** pg's Client, with "char" columns (OID 18) reported as TEXT (see above). */
export class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    const fix = (res) => {
      for (const r of Array.isArray(res) ? res : [res])
        if (r?.fields)
          r.fields = r.fields.map((f) => (f.dataTypeID === 18 ? { ...f, dataTypeID: 25 } : f));
      return res;
    };
    if (typeof values === "function") [values, callback] = [undefined, values];
    if (typeof callback === "function")
      return super.query(config, values, (err, res) => callback(err, err ? res : fix(res)));
    const result = super.query(config, values);
    return typeof result?.then === "function" ? result.then(fix) : result;
  }
}

/**
 * The factory the engine is given: `make(config)` builds Prisma's factory for a database;
 * `pgConfig` (PostgreSQL only) is the connection config the shadow database is made beside.
 * Every connection made is remembered, so the script can close them all at the end.
 */
export class MigrationAdapterFactory {
  #inner;
  #make;
  #pgConfig;
  /** Connections made by connect() (the engine does not dispose its main one). */
  connections = [];

  constructor(make, pgConfig) {
    this.#make = make;
    this.#pgConfig = pgConfig;
    this.#inner = make(pgConfig);
  }
  get provider() {
    return this.#inner.provider;
  }
  get adapterName() {
    return this.#inner.adapterName;
  }
  #keep(adapter) {
    this.connections.push(adapter);
    return adapter;
  }
  async connect() {
    return this.#keep(new MigrationAdapter(await this.#inner.connect()));
  }
  async connectToShadowDb() {
    // The engine disposes its shadow connections itself.
    if (!this.#pgConfig) return new MigrationAdapter(await this.#inner.connectToShadowDb());
    const admin = await this.#make(this.#pgConfig).connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await this.#make({ ...this.#pgConfig, database }).connect();
    return new MigrationAdapter(shadow, async () => {
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    });
  }
}
