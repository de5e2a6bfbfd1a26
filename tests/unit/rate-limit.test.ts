import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createAccount } from "@/lib/auth/signup";
import { signInWithPassword } from "@/lib/auth/sign-in";
import {
  claimRateLimit,
  rateLimitHeaders,
  rateLimitRule,
  releaseRateLimit,
  withRateLimitContext,
  type RateLimitRule,
} from "@/lib/rate-limit";
import { pruneBuckets } from "@/lib/rate-limit/store";
import { firstSchoolId, makeUser, PASSWORD, uniqueTag } from "../support/viewers";

// The rate-limit module against the real throwaway database (SQLite, or PostgreSQL with
// TEST_PG_URL): atomic claims under concurrency, anchored windows, release; and the limits built
// on it with their DEFAULT settings (the login throttle per email and per address, signups).

const rule = (limit: number, windowMs = 60_000): RateLimitRule => ({
  scope: `test-${uniqueTag()}`,
  limit,
  windowMs,
  message: (s) => `잠시 후 (${s}초)`,
});

type Outcome = { ok: true } | { ok: false; code: string; retryAfter?: number };
const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then(
    () => ({ ok: true as const }),
    (e: { code: string; retryAfter?: number }) => ({
      ok: false as const,
      code: e.code,
      retryAfter: e.retryAfter,
    }),
  );

describe("claimRateLimit", () => {
  it("grants exactly `limit` claims to a concurrent burst of 100, and refuses the rest with retryAfter", async () => {
    const r = rule(5);
    const results = await Promise.all(
      Array.from({ length: 100 }, () => outcome(claimRateLimit(r, "burst"))),
    );
    expect(results.filter((x) => x.ok)).toHaveLength(5);
    const refused = results.filter((x): x is Extract<Outcome, { ok: false }> => !x.ok);
    expect(refused).toHaveLength(95);
    for (const x of refused) {
      expect(x.code).toBe("RATE_LIMITED");
      expect(x.retryAfter).toBeGreaterThanOrEqual(1);
      expect(x.retryAfter).toBeLessThanOrEqual(60);
    }
  });

  it("opens the window at the first claim and a new one after it closes; subjects are separate", async () => {
    const r = rule(2, 10_000);
    const t0 = Date.now();
    const at = (ms: number) => ({ now: new Date(t0 + ms) });
    await claimRateLimit(r, "a", at(0));
    await claimRateLimit(r, "a", at(5_000));
    expect(await outcome(claimRateLimit(r, "a", at(6_000)))).toEqual({
      ok: false,
      code: "RATE_LIMITED",
      retryAfter: 4,
    });
    await claimRateLimit(r, "b", at(6_000)); // another subject
    // Retrying while refused does not push the end of the window back.
    expect(await outcome(claimRateLimit(r, "a", at(9_500)))).toMatchObject({
      ok: false,
      retryAfter: 1,
    });
    expect(await outcome(claimRateLimit(r, "a", at(10_000)))).toEqual({ ok: true });
    expect(await outcome(claimRateLimit(r, "a", at(10_001)))).toEqual({ ok: true });
    expect(await outcome(claimRateLimit(r, "a", at(10_002)))).toMatchObject({ ok: false });
  });

  it("counts a cost (bytes) and gives a released claim back", async () => {
    const r = rule(1000);
    const big = await claimRateLimit(r, "bytes", { cost: 900 });
    expect(big.remaining).toBe(100);
    expect(await outcome(claimRateLimit(r, "bytes", { cost: 200 }))).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    await prisma.rateLimitBucket.update({ where: { key: big.key }, data: { count: 900 } }); // undo the refused one for the check below
    await releaseRateLimit(big);
    expect(await outcome(claimRateLimit(r, "bytes", { cost: 1000 }))).toEqual({ ok: true });
  });

  it("reports the tightest claim of a request as RateLimit-* headers", async () => {
    const loose = rule(100);
    const tight = rule(3, 30_000);
    const headers = await withRateLimitContext(async () => {
      await claimRateLimit(loose, "h");
      await claimRateLimit(tight, "h");
      return rateLimitHeaders();
    });
    expect(headers).toEqual({
      "RateLimit-Limit": "3",
      "RateLimit-Remaining": "2",
      "RateLimit-Reset": expect.stringMatching(/^(29|30)$/),
    });
    expect(rateLimitHeaders()).toBeNull(); // outside a request
  });

  it("prunes closed windows only", async () => {
    const r = rule(5, 1000);
    const old = await claimRateLimit(r, "old", { now: new Date(Date.now() - 10_000) });
    const open = await claimRateLimit(r, "open");
    await pruneBuckets(Date.now());
    expect(await prisma.rateLimitBucket.findUnique({ where: { key: old.key } })).toBeNull();
    expect(await prisma.rateLimitBucket.findUnique({ where: { key: open.key } })).not.toBeNull();
  });
});

const signIn = (email: string, password: string, address?: string) =>
  outcome(signInWithPassword({ email, password }, new Date(), { address }));

describe("login throttle (defaults: 5 per email, 100 failures per address, per 15 minutes)", () => {
  it("a burst of 100 concurrent wrong guesses gets at most 5 password checks; the right password after it gets no token", async () => {
    const user = await makeUser();
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        signIn(user.email, "wrong-guess-1234", `burst-${uniqueTag()}`),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.code === "UNAUTHENTICATED");
    const refused = results.filter((r) => !r.ok && r.code === "RATE_LIMITED");
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(checked.length + refused.length).toBe(100);
    expect(await signIn(user.email, PASSWORD)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("the right password inside a burst gets no token once the email's attempts are used up by the burst", async () => {
    const user = await makeUser();
    for (let i = 0; i < 4; i++) await signIn(user.email, "wrong-guess-1234");
    // One attempt is left; 100 guesses race for it, the right one at position 61.
    const guesses = Array.from({ length: 100 }, (_, i) =>
      i === 60 ? PASSWORD : `wrong-${i}-guess`,
    );
    const results = await Promise.all(guesses.map((g) => signIn(user.email, g)));
    const notRefused = results.filter((r) => r.ok || r.code !== "RATE_LIMITED");
    expect(notRefused).toHaveLength(1); // exactly one password check in the whole burst
    // And the right password afterwards is refused too, unless it was the one that got the check.
    if (!results[60].ok)
      expect(await signIn(user.email, PASSWORD)).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("limits failures per client address across emails; a success there does not count; other addresses are unaffected", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueTag()}`;
    const victim = await makeUser();
    expect(await signIn(victim.email, PASSWORD, address)).toEqual({ ok: true }); // successes give their claim back
    const limit = rateLimitRule("loginAddress").limit;
    expect(limit).toBe(100);
    const failures = await Promise.all(
      Array.from({ length: limit + 20 }, (_, i) =>
        signIn(`nobody-${i}-${uniqueTag()}@unit.test`, "guess-1234", address),
      ),
    );
    expect(failures.filter((r) => !r.ok && r.code === "UNAUTHENTICATED")).toHaveLength(limit);
    expect(failures.filter((r) => !r.ok && r.code === "RATE_LIMITED")).toHaveLength(20);
    // Even the right password of a fresh email is not checked from that address now…
    expect(await signIn(victim.email, PASSWORD, address)).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    // …and the refused attempt was not counted against the email: from elsewhere it works.
    expect(await signIn(victim.email, PASSWORD, "198.51.100.7")).toEqual({ ok: true });
  });

  it("a computer lab: 50 students sign up and sign in from one address within an hour with the default limits", async () => {
    const address = `lab-${uniqueTag()}`;
    const schoolId = await firstSchoolId();
    const tag = uniqueTag();
    const students = Array.from({ length: 50 }, (_, i) => ({
      email: `lab${i}-${tag}@unit.test`,
      password: "lab-password-1234",
      nickname: `실습${i}${tag}`,
      schoolId,
    }));
    // 110 argon2 hashes: slow on a busy machine, hence the generous timeout (nothing here is timed).
    expect(await Promise.all(students.map((s) => outcome(createAccount(s, { address }))))).toEqual(
      students.map(() => ({ ok: true })),
    );
    // A few typos along the way, then everyone signs in at the same moment (attempts in flight
    // count against the address until they turn out right).
    for (const r of await Promise.all(
      students.slice(0, 10).map((s) => signIn(s.email, "typo-password", address)),
    ))
      expect(r).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await Promise.all(students.map((s) => signIn(s.email, s.password, address)))).toEqual(
      students.map(() => ({ ok: true })),
    );
  }, 180_000);

  it("refuses signups past the per-address limit with 429 and a Korean message", async () => {
    const address = `signup-${uniqueTag()}`;
    const { limit } = rateLimitRule("signupAddress");
    expect(limit).toBe(100);
    // Claims count attempts: fill the address's window without 100 argon2 hashes.
    await Promise.all(
      Array.from({ length: limit }, () => claimRateLimit("signupAddress", address)),
    );
    const tag = uniqueTag();
    const refused = await createAccount(
      {
        email: `late-${tag}@unit.test`,
        password: "password-1234",
        nickname: `늦은${tag}`,
        schoolId: await firstSchoolId(),
      },
      { address },
    ).catch((e) => e);
    expect(refused).toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("가입 요청이 너무 많습니다"),
    });
    expect(await prisma.user.count({ where: { email: `late-${tag}@unit.test` } })).toBe(0);
  });
});
