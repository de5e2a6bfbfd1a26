import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

// A driver adapter that counts the statements of the adapter it wraps, for `npm run bench` on
// PostgreSQL (lib/db.ts uses it only with CAMPUSTIME_BENCH=1; our SQLite adapter counts itself).
// It hands every call on unchanged: the wrapped adapter's objects are used, never altered.

class CountingTransaction implements Transaction {
  constructor(
    private readonly inner: Transaction,
    private readonly count: () => void,
  ) {}
  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }
  get options() {
    return this.inner.options;
  }
  queryRaw(q: SqlQuery) {
    this.count();
    return this.inner.queryRaw(q);
  }
  executeRaw(q: SqlQuery) {
    this.count();
    return this.inner.executeRaw(q);
  }
  commit() {
    return this.inner.commit();
  }
  rollback() {
    return this.inner.rollback();
  }
  createSavepoint(name: string) {
    return this.inner.createSavepoint!(name);
  }
  rollbackToSavepoint(name: string) {
    return this.inner.rollbackToSavepoint!(name);
  }
  releaseSavepoint(name: string) {
    return this.inner.releaseSavepoint!(name);
  }
}

class CountingAdapter implements SqlDriverAdapter {
  constructor(
    private readonly inner: SqlDriverAdapter,
    private readonly count: () => void,
  ) {}
  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }
  queryRaw(q: SqlQuery) {
    this.count();
    return this.inner.queryRaw(q);
  }
  executeRaw(q: SqlQuery) {
    this.count();
    return this.inner.executeRaw(q);
  }
  executeScript(script: string) {
    return this.inner.executeScript(script);
  }
  async startTransaction(isolationLevel?: IsolationLevel) {
    return new CountingTransaction(await this.inner.startTransaction(isolationLevel), this.count);
  }
  getConnectionInfo() {
    return this.inner.getConnectionInfo!();
  }
  dispose() {
    return this.inner.dispose();
  }
}

export class CountingAdapterFactory implements SqlDriverAdapterFactory {
  constructor(
    private readonly inner: SqlDriverAdapterFactory,
    private readonly count: () => void,
  ) {}
  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }
  async connect() {
    return new CountingAdapter(await this.inner.connect(), this.count);
  }
}
