import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { after } from "next/server";
import { prisma } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { claimRateLimit, resetRateLimit } from "@/lib/rate-limit";
import { hashPassword } from "@/lib/auth/password";
import { forgetViewer } from "@/lib/auth/viewer";
import { sendMailLater } from "@/lib/mail/queue";
import { passwordChangedMail, passwordResetMail } from "@/lib/mail/messages";
import type { PasswordResetConfirmInput, PasswordResetRequestInput } from "./schemas";
import { endAllSessions } from "./sessions";

// 비밀번호 찾기 (SPEC "학교 인증 and account recovery"):
//   request  → always 202 {} with the same body in about the same time, whether or not an account
//              has the address: the answer is given after the rate-limit claims alone, and the
//              lookup, the token and the mail happen after it (issuePasswordReset).
//   token    → 32 random bytes (base64url), only its SHA-256 stored, valid RESET_TTL_MS, single
//              use; a new request voids older ones. The link is APP_URL + /reset-password?token=…,
//              never built from the request's Host.
//   confirm  → the password is set, every browser session, refresh token and access token of the
//              account ends, and a "비밀번호가 변경되었습니다" mail goes out.

export const RESET_TTL_MS = 60 * 60_000;
export const INVALID_TOKEN_MESSAGE =
  "비밀번호 재설정 링크가 올바르지 않거나 만료되었습니다. 비밀번호 찾기를 다시 요청해 주세요.";

export const hashResetToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** The link a reset mail carries. */
export function resetLink(token: string): string {
  return `${appUrl()}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * POST /api/v1/auth/password-reset and the 비밀번호 찾기 form. Claims the client address's and the
 * e-mail's limits (429 past them, counted whether or not an account exists), then schedules the
 * rest and returns: nothing the caller sees depends on the account.
 */
export async function requestPasswordReset(
  input: PasswordResetRequestInput,
  opts: { address: string },
  now = new Date(),
): Promise<void> {
  await claimRateLimit("passwordResetAddress", opts.address, { now });
  await claimRateLimit("passwordResetEmail", input.email, { now });
  // After the answer has gone out (Next's after()), one at a time in this process, so neither
  // the lookup nor the token's transaction can lengthen the answer of an existing address.
  const work = () => {
    issuing = issuing
      .then(() => issuePasswordReset(input.email, now))
      .then(
        () => undefined,
        (err: unknown) => logger.error({ err }, "password reset could not be issued"),
      );
    return issuing;
  };
  try {
    after(work);
  } catch {
    setImmediate(work); // outside a request (scripts)
  }
}

let issuing: Promise<void> = Promise.resolve();

/**
 * The work behind a request: when an active account has the address, a new token (older unused
 * ones voided in the same transaction) and, once committed, the mail. Returns the token (tests).
 */
export async function issuePasswordReset(email: string, now = new Date()): Promise<string | null> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  const token = randomBytes(32).toString("base64url");
  await prisma.$transaction([
    prisma.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null },
      data: { usedAt: now },
    }),
    prisma.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashResetToken(token),
        expiresAt: new Date(now.getTime() + RESET_TTL_MS),
        createdAt: now,
      },
      select: { id: true },
    }),
  ]);
  sendMailLater(passwordResetMail(email, resetLink(token)));
  return token;
}

function invalidToken() {
  return new AppError("INVALID_TOKEN", INVALID_TOKEN_MESSAGE, {
    fields: { token: [INVALID_TOKEN_MESSAGE] },
  });
}

/** POST /api/v1/auth/password-reset/confirm and the /reset-password form. */
export async function confirmPasswordReset(
  input: PasswordResetConfirmInput,
  now = new Date(),
): Promise<void> {
  const tokenHash = hashResetToken(input.token);
  const row = await prisma.passwordResetToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { email: true, isActive: true } },
    },
  });
  if (!row || row.usedAt || row.expiresAt <= now || !row.user.isActive) throw invalidToken();
  // Only the newest link of the account works, even when two requests were issued at once.
  const newer = await prisma.passwordResetToken.count({
    where: { userId: row.userId, id: { gt: row.id } },
  });
  if (newer > 0) throw invalidToken();
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    // Single use, claimed atomically: of two confirms with one token exactly one gets here.
    const claimed = await tx.passwordResetToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw invalidToken();
    await tx.passwordResetToken.updateMany({
      where: { userId: row.userId, usedAt: null },
      data: { usedAt: now },
    });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash },
      select: { id: true },
    });
    await endAllSessions(tx, row.userId, now);
  });
  forgetViewer(row.userId);
  // The owner is back in: earlier failed logins no longer count against the address.
  await resetRateLimit("loginEmail", row.user.email);
  sendMailLater(passwordChangedMail(row.user.email));
}
