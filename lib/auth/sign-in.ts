import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import type { Credentials } from "@/lib/auth/schemas";

// Login throttling, one implementation for the API and the browser form: 5 failures for one
// email within 15 minutes and further attempts are refused until the oldest failure ages out.
// Failures are rows in the database, so the limit holds across restarts and server instances.
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export const INVALID_CREDENTIALS_MESSAGE = "이메일 또는 비밀번호가 올바르지 않습니다.";

async function assertNotThrottled(email: string, now: Date) {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const failures = await prisma.loginFailure.findMany({
    where: { email, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
    take: MAX_FAILURES,
  });
  if (failures.length >= MAX_FAILURES) {
    const retryAt = failures[0].createdAt.getTime() + FAILURE_WINDOW_MS;
    const retryAfter = Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000));
    throw new AppError("RATE_LIMITED", `로그인 시도가 너무 많습니다. ${Math.ceil(retryAfter / 60)}분 후에 다시 시도해 주세요.`, { retryAfter });
  }
}

/**
 * Checks an email and password. Returns the user on success; throws UNAUTHENTICATED with one
 * message whether or not the email exists, or RATE_LIMITED when throttled.
 */
export async function signInWithPassword({ email, password }: Credentials, now = new Date()) {
  await assertNotThrottled(email, now);
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, nickname: true, passwordHash: true, isActive: true },
  });
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
  if (!user || !ok || !user.isActive) {
    await prisma.loginFailure.create({ data: { email, createdAt: now } });
    throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
  }
  // A success clears the slate; old rows of other emails are pruned on the way.
  await prisma.loginFailure.deleteMany({
    where: { OR: [{ email }, { createdAt: { lt: new Date(now.getTime() - FAILURE_WINDOW_MS) } }] },
  });
  return { id: user.id, email: user.email, nickname: user.nickname };
}
