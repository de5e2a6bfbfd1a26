import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { dummyPasswordHash, passwordVersion, verifyPassword } from "@/lib/auth/password";
import type { Credentials } from "@/lib/auth/schemas";

// Login throttling, one implementation for the API and the browser form: after 5 failures for
// one email within 15 minutes, further attempts are refused (without checking the password)
// until the window holds fewer than 5 failures again. Refused attempts are not failures, so
// the lock ends on time however often a client retries. Failures are rows in the database,
// so the limit holds across restarts and server instances.
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export const INVALID_CREDENTIALS_MESSAGE = "이메일 또는 비밀번호가 올바르지 않습니다.";

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return `로그인 시도가 너무 많습니다. ${Math.max(1, Math.ceil(retryAfterSeconds / 60))}분 후에 다시 시도해 주세요.`;
}

/** Throws RATE_LIMITED (with retryAfter in seconds) while the email has 5 failures in the window. */
export async function assertNotThrottled(email: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  // The 5 newest failures: the lock lifts when the 5th newest leaves the window.
  const failures = await prisma.loginFailure.findMany({
    where: { email, createdAt: { gt: since } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { createdAt: true },
    take: MAX_FAILURES,
  });
  if (failures.length >= MAX_FAILURES) {
    const retryAt = failures[MAX_FAILURES - 1].createdAt.getTime() + FAILURE_WINDOW_MS;
    const retryAfter = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", rateLimitedMessage(retryAfter), { retryAfter });
  }
}

export async function recordLoginFailure(email: string, now = new Date()): Promise<void> {
  await prisma.loginFailure.create({ data: { email, createdAt: now } });
}

/** A success clears the email's slate; expired rows of every email are pruned on the way. */
export async function clearLoginFailures(email: string, now = new Date()): Promise<void> {
  await prisma.loginFailure.deleteMany({
    where: { OR: [{ email }, { createdAt: { lt: new Date(now.getTime() - FAILURE_WINDOW_MS) } }] },
  });
}

export type SignedInUser = { id: number; email: string; nickname: string; passwordVersion: string };

/**
 * Checks an email and password. Returns the user on success; throws UNAUTHENTICATED with one
 * message whether the email is unknown, the password wrong or the account deactivated, and
 * RATE_LIMITED when throttled.
 */
export async function signInWithPassword({ email, password }: Credentials, now = new Date()): Promise<SignedInUser> {
  await assertNotThrottled(email, now);
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, nickname: true, passwordHash: true, isActive: true },
  });
  // An unknown email still costs one argon2 verification, so timing does not tell them apart.
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
  if (!user || !ok || !user.isActive) {
    await recordLoginFailure(email, now);
    throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
  }
  await clearLoginFailures(email, now);
  return { id: user.id, email: user.email, nickname: user.nickname, passwordVersion: passwordVersion(user.passwordHash) };
}
