// Concurrent identical reads share one statement, and every caller still gets a read that started
// after it asked (docs/DECISIONS.md, "Shared reads"). A read starts on the next turn of the event
// loop (setImmediate), so callers of the same key that ask before then (requests that arrived
// together) share it. While it runs, later callers wait for the next read, which starts when the
// running one ends and answers all of them. Nothing is kept once a read ends: a write acknowledged
// to a client before it sent its request is always in its answer, whichever process wrote it.
// Under load a hot key (a board's first page) costs one statement per batch of requests instead of
// one per request; alone, a caller waits one turn of the loop.

/** The callers of one read, and the read (the load of the caller who came first). */
type Batch<V> = {
  load: () => Promise<V>;
  started: boolean;
  promise: Promise<V>;
  resolve: (v: V) => void;
  reject: (e: unknown) => void;
};

function batch<V>(load: () => Promise<V>): Batch<V> {
  let resolve!: (v: V) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<V>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { load, started: false, promise, resolve, reject };
}

type Run<V> = { current: Batch<V>; next: Batch<V> | null };

export class FreshReads<K, V> {
  /** Keys with a read scheduled or running, and the callers waiting for the read after it. */
  private readonly runs = new Map<K, Run<V>>();

  /** `load()`'s result, shared with the other callers of `key` in its batch: treat it as read-only. */
  read(key: K, load: () => Promise<V>): Promise<V> {
    const run = this.runs.get(key);
    if (!run) {
      const fresh: Run<V> = { current: batch(load), next: null };
      this.runs.set(key, fresh);
      this.schedule(key, fresh);
      return fresh.current.promise;
    }
    if (!run.current.started) return run.current.promise;
    run.next ??= batch(load);
    return run.next.promise;
  }

  private schedule(key: K, run: Run<V>) {
    setImmediate(() => {
      const current = run.current;
      current.started = true;
      let result: Promise<V>;
      try {
        result = current.load();
      } catch (e) {
        result = Promise.reject(e);
      }
      const ended = () => {
        if (run.next) {
          // Those who came while it ran: a read of their own, starting after all of them asked.
          run.current = run.next;
          run.next = null;
          this.schedule(key, run);
        } else {
          this.runs.delete(key);
        }
      };
      result.then(
        (v) => {
          current.resolve(v);
          ended();
        },
        (e) => {
          current.reject(e);
          ended();
        },
      );
    });
  }
}
