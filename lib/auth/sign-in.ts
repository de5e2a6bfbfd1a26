import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { dummyPasswordHash, passwordVersion, verifyPassword } from "@/lib/auth/password";
import type { Credentials } from "@/lib/auth/schemas";
import { claimRateLimit, rateLimitRule, releaseRateLimit, resetRateLimit } from "@/lib/rate-limit";

// Login throttling, one implementation for the API and the browser form (lib/rate-limit):
// - per email: 5 attempts in 15 minutes (RATE_LIMIT_LOGIN_EMAIL). The attempt is claimed
//   atomically BEFORE the password is checked, so a concurrent burst of any size gets at most 5
//   password checks; the rest are refused (429) without one. A success clears the email's window
//   (the right person is in; their earlier typos no longer count).
// - per client address: 100 failed attempts in 15 minutes (RATE_LIMIT_LOGIN_ADDRESS), claimed the
//   same way; a success gives its own claim back, so a lab full of students signing in never
//   runs it down. Every failure costs an argon2 hash, which is what this bounds.
// Refused attempts are answered without a hash, and the window ends on time however often a
// client retries. The state is in the database: it holds across restarts and server instances.
export const INVALID_CREDENTIALS_MESSAGE = "이메일 또는 비밀번호가 올바르지 않습니다.";

export function rateLimitedMessage(retryAfterSeconds: number): string {
  return rateLimitRule("loginEmail").message(retryAfterSeconds);
}

/**
 * Claims one attempt for the client address (when known) and the email; RATE_LIMITED when either
 * is used up. The address goes first, so an address that is locked out adds no rows for the
 * emails it sprays; a claim whose partner was refused is given back (no password was checked).
 */
async function claimLoginAttempt(email: string, address: string | undefined, now: Date) {
  const addressClaim = address ? await claimRateLimit("loginAddress", address, { now }) : undefined;
  try {
    return { emailClaim: await claimRateLimit("loginEmail", email, { now }), addressClaim };
  } catch (e) {
    if (addressClaim) await releaseRateLimit(addressClaim);
    throw e;
  }
}

export type SignedInUser = { id: number; email: string; nickname: string; passwordVersion: string };

/**
 * Checks an email and password. Returns the user on success; throws UNAUTHENTICATED with one
 * message whether the email is unknown, the password wrong or the account deactivated, and
 * RATE_LIMITED when throttled (per email, and per client address when `address` is given).
 */
export async function signInWithPassword(
  { email, password }: Credentials,
  now = new Date(),
  opts: { address?: string } = {},
): Promise<SignedInUser> {
  const { addressClaim } = await claimLoginAttempt(email, opts.address, now);
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, nickname: true, passwordHash: true, isActive: true },
  });
  // An unknown email still costs one argon2 verification, so timing does not tell them apart.
  const ok = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await dummyPasswordHash(), password).then(() => false);
  if (!user || !ok || !user.isActive) {
    throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
  }
  await Promise.all([
    resetRateLimit("loginEmail", email),
    addressClaim ? releaseRateLimit(addressClaim) : undefined,
  ]);
  return {
    id: user.id,
    email: user.email,
    nickname: user.nickname,
    passwordVersion: passwordVersion(user.passwordHash),
  };
}
