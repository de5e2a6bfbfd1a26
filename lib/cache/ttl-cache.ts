// A small per-process cache whose entries live `ttlMs` (docs/DECISIONS.md, "Caches"): for what
// every student of a school sees alike. A value is a promise, so concurrent misses share one
// load; a failed load is forgotten. Writers call delete()/clear() so their own process shows a
// change at once; other processes show it within ttlMs. Bounded to `max` keys (oldest first out).
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { at: number; value: Promise<V> }>();

  constructor(
    readonly ttlMs: number,
    private readonly max = 1000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get(key: K, load: () => Promise<V>): Promise<V> {
    const t = this.now();
    const hit = this.entries.get(key);
    if (hit && t - hit.at < this.ttlMs) return hit.value;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { at: t, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  /** Whether `key` has an entry younger than ttlMs (get would not load it). */
  has(key: K): boolean {
    const hit = this.entries.get(key);
    return hit !== undefined && this.now() - hit.at < this.ttlMs;
  }

  delete(key: K) {
    this.entries.delete(key);
  }

  clear() {
    this.entries.clear();
  }
}
