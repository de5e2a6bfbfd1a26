// Credentials a process has already checked in full (an access token, a session cookie), kept with
// the window in which that check holds (docs/DECISIONS.md, "Caches"). A client sends the same
// credential with every request, and the check is pure: its bytes, the secret and the clock decide
// it. So a hit is exactly as strict as checking again: only what passed is kept, under the secret
// that checked it, and every use compares the clock with the window. Failures are never kept (a
// flood of garbage cannot fill it). Bounded: the oldest entry goes first.

type Entry<V> = { value: V; from: number; until: number; secret: string };

export class VerifiedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly max = 10_000) {}

  /**
   * What the full check said of `key` at a time in its window; `null` outside the window (it would
   * fail now); `undefined` when it was never checked under `secret`: check it in full.
   */
  get(key: string, secret: string, nowSeconds: number): V | null | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.secret !== secret) return undefined;
    return hit.from <= nowSeconds && nowSeconds < hit.until ? hit.value : null;
  }

  /** Keeps a credential that passed, valid for `from` ≤ now < `until` (seconds). */
  set(key: string, secret: string, value: V, from: number, until: number) {
    this.entries.set(key, { value, from, until, secret });
    if (this.entries.size > this.max)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
