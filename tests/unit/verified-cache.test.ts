import { describe, expect, it } from "vitest";
import { VerifiedCache } from "@/lib/cache/verified-cache";

// The cache behind remembered access tokens and session cookies: a hit only inside the window the
// full check computed, only under the secret that checked it, and a bounded number of entries.

describe("VerifiedCache", () => {
  it("answers inside the window, refuses outside it, and knows nothing under another secret", () => {
    const cache = new VerifiedCache<number>();
    cache.set("token", "s1", 42, 100, 200);
    expect(cache.get("token", "s1", 100)).toBe(42);
    expect(cache.get("token", "s1", 199)).toBe(42);
    expect(cache.get("token", "s1", 200)).toBeNull(); // expired
    expect(cache.get("token", "s1", 99)).toBeNull(); // not yet valid
    expect(cache.get("token", "s2", 150)).toBeUndefined(); // the secret changed: check in full
    expect(cache.get("other", "s1", 150)).toBeUndefined();
  });

  it("keeps at most `max` entries, dropping the oldest first, under a burst of distinct credentials", () => {
    const cache = new VerifiedCache<number>(100);
    for (let i = 0; i < 10_000; i++) cache.set(`t${i}`, "s", i, 0, 10);
    expect(cache.get("t0", "s", 5)).toBeUndefined();
    expect(cache.get("t9899", "s", 5)).toBeUndefined();
    expect(cache.get("t9900", "s", 5)).toBe(9900);
    expect(cache.get("t9999", "s", 5)).toBe(9999);
  });
});
