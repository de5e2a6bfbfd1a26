// Reads of different keys asked for at the same time, answered by one statement (docs/DECISIONS.md,
// "Shared reads"). The first caller schedules a batch for the next turn of the event loop
// (setImmediate); every caller that asks before it starts joins it, so the statement starts after
// all of them asked and none of them gets anything older than its request. Once a batch has
// started, the next caller opens a new one. Nothing is kept afterwards. Where FreshReads
// (fresh-reads.ts) shares one statement among callers of the same key, this shares it among
// callers of different keys: post details, each with its own viewer's 공감/스크랩.

type Waiter<V> = { resolve: (v: V | undefined) => void; reject: (e: unknown) => void };
type Batch<K, V> = { waiters: Map<K, Waiter<V>[]> };

export class BatchedReads<K, V> {
  private pending: Batch<K, V> | null = null;

  /**
   * @param loadMany one read for all the keys of a batch; a key missing from its map is answered
   *   with `undefined`. Values are shared by the callers of the same key: treat them as read-only.
   * @param maxKeys the most keys in one batch (one statement's parameters stay bounded).
   */
  constructor(
    private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>,
    private readonly maxKeys = 100,
  ) {}

  read(key: K): Promise<V | undefined> {
    return new Promise<V | undefined>((resolve, reject) => {
      let batch = this.pending;
      if (!batch || (batch.waiters.size >= this.maxKeys && !batch.waiters.has(key))) {
        batch = { waiters: new Map() };
        this.pending = batch;
        const scheduled = batch;
        setImmediate(() => this.run(scheduled));
      }
      const waiters = batch.waiters.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else batch.waiters.set(key, [{ resolve, reject }]);
    });
  }

  private run(batch: Batch<K, V>) {
    if (this.pending === batch) this.pending = null;
    let result: Promise<Map<K, V>>;
    try {
      result = this.loadMany([...batch.waiters.keys()]);
    } catch (e) {
      result = Promise.reject(e);
    }
    result.then(
      (values) => {
        for (const [key, waiters] of batch.waiters)
          for (const w of waiters) w.resolve(values.get(key));
      },
      (e: unknown) => {
        for (const waiters of batch.waiters.values()) for (const w of waiters) w.reject(e);
      },
    );
  }
}
