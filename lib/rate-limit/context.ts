import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The claims made while answering one API request, so withApi can send RateLimit-* headers on
// the answer (success or refusal) without every handler passing them along.

export type ClaimState = { limit: number; remaining: number; resetAt: number };

const storage = new AsyncLocalStorage<ClaimState[]>();

/** Runs `fn` with a fresh list of claims (withApi calls this once per request). */
export function withRateLimitContext<T>(fn: () => T): T {
  return storage.run([], fn);
}

export function recordClaim(state: ClaimState): void {
  storage.getStore()?.push(state);
}

/**
 * RateLimit-Limit / -Remaining / -Reset (seconds) of the tightest claim of the request, or none.
 * (The IETF draft's fields; Retry-After comes with the 429 itself.)
 */
export function rateLimitHeaders(now = Date.now()): Record<string, string> | null {
  const claims = storage.getStore();
  if (!claims?.length) return null;
  const tightest = claims.reduce((a, b) =>
    b.remaining < a.remaining || (b.remaining === a.remaining && b.resetAt > a.resetAt) ? b : a,
  );
  return {
    "RateLimit-Limit": String(tightest.limit),
    "RateLimit-Remaining": String(tightest.remaining),
    "RateLimit-Reset": String(Math.max(0, Math.ceil((tightest.resetAt - now) / 1000))),
  };
}
