import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { INVALID_CREDENTIALS_MESSAGE, signInWithPassword } from "@/lib/auth/sign-in";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit";
import { makeUser, PASSWORD, uniqueTag } from "../support/viewers";

async function attempt(email: string, password: string, now: Date) {
  return signInWithPassword({ email, password }, now).then(
    (user) => ({ ok: true as const, user }),
    (error: { code: string; message: string; retryAfter?: number }) => ({
      ok: false as const,
      error,
    }),
  );
}

// The defaults SPEC states: 5 failures per email in 15 minutes.
const MAX_FAILURES = rateLimitRule("loginEmail").limit;
const FAILURE_WINDOW_MS = rateLimitRule("loginEmail").windowMs;

const at = (base: number, minutes: number) => new Date(base + minutes * 60 * 1000);

describe("sign-in with throttling", () => {
  it("uses SPEC's defaults", () => {
    expect([MAX_FAILURES, FAILURE_WINDOW_MS]).toEqual([5, 15 * 60 * 1000]);
  });

  it("checks the password and answers one message for unknown emails, wrong passwords and deactivated accounts", async () => {
    const user = await makeUser();
    const now = new Date();
    const ok = await attempt(user.email, PASSWORD, now);
    expect(ok).toMatchObject({ ok: true, user: { id: user.id, email: user.email } });
    const wrong = await attempt(user.email, "wrong-password", now);
    const unknown = await attempt(`nobody-${uniqueTag()}@unit.test`, PASSWORD, now);
    const inactive = await makeUser({ isActive: false });
    const deactivated = await attempt(inactive.email, PASSWORD, now);
    for (const r of [wrong, unknown, deactivated]) {
      expect(r).toMatchObject({
        ok: false,
        error: { code: "UNAUTHENTICATED", message: INVALID_CREDENTIALS_MESSAGE },
      });
    }
  });

  it("5 failures in 15 minutes → RATE_LIMITED with retryAfter, even for the right password, until the window passes", async () => {
    const user = await makeUser();
    const base = Date.now();
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await attempt(user.email, "wrong-password", at(base, i))).toMatchObject({
        ok: false,
        error: { code: "UNAUTHENTICATED" },
      });
    }
    const refused = await attempt(user.email, PASSWORD, at(base, 5));
    expect(refused).toMatchObject({ ok: false, error: { code: "RATE_LIMITED" } });
    // The 5th newest failure (at minute 0) leaves the window at minute 15: 10 minutes from minute 5.
    expect(!refused.ok && refused.error.retryAfter).toBe(10 * 60);
    expect(!refused.ok && refused.error.message).toContain("10분");
    // Refused attempts are not failures: the lock still ends on time.
    for (let i = 0; i < 3; i++) await attempt(user.email, "wrong-password", at(base, 6 + i));
    const later = await attempt(user.email, PASSWORD, at(base, 14.9));
    expect(later).toMatchObject({ ok: false, error: { code: "RATE_LIMITED", retryAfter: 6 } });
    expect(
      await attempt(user.email, PASSWORD, new Date(base + FAILURE_WINDOW_MS + 1000)),
    ).toMatchObject({ ok: true });
  });

  it("counts failures per email, also for emails that have no account", async () => {
    const user = await makeUser();
    const stranger = `nobody-${uniqueTag()}@unit.test`;
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES; i++) await attempt(stranger, "whatever-123", now);
    expect(await attempt(stranger, "whatever-123", now)).toMatchObject({
      ok: false,
      error: { code: "RATE_LIMITED" },
    });
    expect(await attempt(user.email, PASSWORD, now)).toMatchObject({ ok: true });
  });

  it("a success resets the count", async () => {
    const user = await makeUser();
    const now = new Date();
    for (let i = 0; i < MAX_FAILURES - 1; i++) await attempt(user.email, "wrong-password", now);
    expect(await attempt(user.email, PASSWORD, now)).toMatchObject({ ok: true });
    expect(
      await prisma.rateLimitBucket.count({
        where: { key: rateLimitKey("loginEmail", user.email) },
      }),
    ).toBe(0);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await attempt(user.email, "wrong-password", now);
    expect(await attempt(user.email, PASSWORD, now)).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILURES; i++) await attempt(user.email, "wrong-password", now);
    expect(await attempt(user.email, PASSWORD, now)).toMatchObject({
      ok: false,
      error: { code: "RATE_LIMITED" },
    });
  });
});
