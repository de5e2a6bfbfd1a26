import "server-only";
import { AppError } from "@/lib/http/errors";
import { recordClaim } from "./context";
import { rateLimitRule, type RateLimitRule, type RateLimitRuleName } from "./rules";
import { addToBucket, deleteBucket, subtractFromBucket } from "./store";

// The one rate-limit module (SPEC: "Writes are rate limited per user …"). Call claimRateLimit()
// BEFORE the work it guards: the claim is counted atomically in the database first, so any
// number of concurrent requests gets at most `limit` grants per window, on SQLite and
// PostgreSQL, on one server or several. Refusals throw AppError RATE_LIMITED (429 with
// Retry-After in the API, the Korean message in forms); withApi adds RateLimit-* headers.
//
//   await claimRateLimit("comments", viewer.id);                 // one unit
//   await claimRateLimit("uploadBytesDaily", viewer.id, { cost: bytes.byteLength });
//   const c = await claimRateLimit("loginEmail", email); …; await releaseRateLimit(c);

export type RateLimitClaim = {
  key: string;
  cost: number;
  limit: number;
  remaining: number;
  /** Epoch ms when the window closes. */
  resetAt: number;
};

export type Subject = string | number | readonly (string | number)[];

function ruleOf(rule: RateLimitRuleName | RateLimitRule): RateLimitRule {
  return typeof rule === "string" ? rateLimitRule(rule) : rule;
}

export function rateLimitKey(rule: RateLimitRuleName | RateLimitRule, subject: Subject): string {
  const parts = Array.isArray(subject) ? subject : [subject];
  return `${ruleOf(rule).scope}:${parts.map(String).join(":")}`;
}

const retryAfterSeconds = (resetAt: number, now: number) =>
  Math.max(1, Math.ceil((resetAt - now) / 1000));

/**
 * Claims `cost` units (default 1) of the rule for the subject, or throws RATE_LIMITED when the
 * window has no room for them (the refused claim is counted, but does no work).
 */
export async function claimRateLimit(
  name: RateLimitRuleName | RateLimitRule,
  subject: Subject,
  opts: { cost?: number; now?: Date } = {},
): Promise<RateLimitClaim> {
  const rule = ruleOf(name);
  const cost = opts.cost ?? 1;
  const now = (opts.now ?? new Date()).getTime();
  const key = rateLimitKey(rule, subject);
  const state = await addToBucket(key, cost, rule.windowMs, now);
  const remaining = Math.max(0, rule.limit - state.count);
  recordClaim({ limit: rule.limit, remaining, resetAt: state.resetAt });
  if (state.count > rule.limit) {
    const retryAfter = retryAfterSeconds(state.resetAt, now);
    throw new AppError("RATE_LIMITED", rule.message(retryAfter), { retryAfter });
  }
  return { key, cost, limit: rule.limit, remaining, resetAt: state.resetAt };
}

/** Gives a granted claim back (e.g. a login that turned out right is not a failure). */
export async function releaseRateLimit(claim: RateLimitClaim): Promise<void> {
  await subtractFromBucket(claim.key, claim.cost, claim.resetAt);
}

/** Clears the subject's window altogether (e.g. a successful login clears the email's failures). */
export async function resetRateLimit(
  name: RateLimitRuleName | RateLimitRule,
  subject: Subject,
): Promise<void> {
  await deleteBucket(rateLimitKey(name, subject));
}

export { rateLimitRule, waitText, type RateLimitRule, type RateLimitRuleName } from "./rules";
export { rateLimitHeaders, withRateLimitContext } from "./context";
