import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { prisma } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { AppError, isUniqueViolation, validationFailed } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import { viewerLevel, type VerificationLevel } from "@/lib/auth/gate";
import { forgetViewer, type Viewer } from "@/lib/auth/viewer";
import { sendMailLater } from "@/lib/mail/queue";
import { addressInUseMail, verificationCodeMail } from "@/lib/mail/messages";
import { isSchoolAddress } from "./domains";
import type { EmailCodeConfirmInput, EmailCodeRequestInput } from "./schemas";

// 학교 인증 by school e-mail (SPEC "학교 인증"): a 6-digit code from a CSPRNG, valid
// CODE_TTL_MS, stored only as a keyed hash; a new request replaces the old code; five wrong
// codes void it. The address must be at one of the school's domains (or a subdomain). An address
// that already verified another account gets a mail saying so instead of a code, with the same
// answer, so nobody learns which addresses are taken. Requests are paced per account (1 a
// minute, 5 an hour: lib/rate-limit).

export const CODE_TTL_MS = 10 * 60_000;
export const MAX_CODE_ATTEMPTS = 5;

export const CODE_EXPIRED_MESSAGE = "인증 코드가 만료되었습니다. 새 코드를 요청해 주세요.";
export const SCHOOL_EMAIL_TAKEN = "이미 다른 계정의 학교 인증에 사용된 학교 이메일입니다.";

/** Keyed, so a copy of the table alone does not give the codes away (10⁶ guesses otherwise). */
function codeHash(userId: number, schoolEmail: string, code: string): string {
  return createHmac("sha256", `${authSecret()}:verification-code`)
    .update(`${userId}\u0000${schoolEmail}\u0000${code}`)
    .digest("hex");
}

export function newVerificationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export type CodeRequestResult = { sentTo: string; expiresAt: string };

/** The school's 학교 인증 domains (SchoolEmailDomain). */
export async function schoolDomains(
  schoolId: number,
): Promise<{ name: string; domains: string[] }> {
  const school = await prisma.school.findUnique({
    where: { id: schoolId },
    select: { name: true, emailDomains: { select: { domain: true }, orderBy: { id: "asc" } } },
  });
  return { name: school?.name ?? "", domains: school?.emailDomains.map((d) => d.domain) ?? [] };
}

/**
 * POST /api/v1/me/verification/email. Answers the same 202 whether or not the address is taken;
 * the mail says which. The mail goes out after the code is stored (lib/mail/queue.ts).
 */
export async function requestEmailCode(
  viewer: Viewer,
  input: EmailCodeRequestInput,
  now = new Date(),
): Promise<CodeRequestResult> {
  const schoolEmail = input.schoolEmail;
  const school = await schoolDomains(viewer.schoolId);
  if (!isSchoolAddress(schoolEmail, school.domains)) {
    const list = school.domains.map((d) => `@${d}`).join(", ");
    throw validationFailed({
      schoolEmail: [
        list
          ? `${school.name} 학교 이메일(${list})을 입력해 주세요.`
          : `${school.name}은(는) 아직 학교 이메일 인증을 지원하지 않습니다. 서류로 인증해 주세요.`,
      ],
    });
  }
  // Claimed before any work, the minute first: a refused request changes nothing else.
  await claimRateLimit("verificationEmailMinute", viewer.id, { now });
  await claimRateLimit("verificationEmailHourly", viewer.id, { now });

  const holder = await prisma.user.findUnique({ where: { schoolEmail }, select: { id: true } });
  const taken = holder !== null && holder.id !== viewer.id;
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  if (taken) {
    // The old code is void all the same: a new request replaces it.
    await prisma.emailVerification.deleteMany({ where: { userId: viewer.id } });
    sendMailLater(addressInUseMail(schoolEmail, school.name));
  } else {
    const code = newVerificationCode();
    const data = {
      schoolEmail,
      codeHash: codeHash(viewer.id, schoolEmail, code),
      expiresAt,
      attempts: 0,
      createdAt: now,
    };
    await prisma.emailVerification.upsert({
      where: { userId: viewer.id },
      create: { userId: viewer.id, ...data },
      update: data,
      select: { userId: true },
    });
    sendMailLater(verificationCodeMail(schoolEmail, school.name, code));
  }
  return { sentTo: schoolEmail, expiresAt: expiresAt.toISOString() };
}

function codeExpired() {
  return new AppError("CODE_EXPIRED", CODE_EXPIRED_MESSAGE, {
    fields: { code: [CODE_EXPIRED_MESSAGE] },
  });
}

export type CodeConfirmResult = { verification: VerificationLevel; schoolEmail: string };

/**
 * POST /api/v1/me/verification/email/confirm. Each attempt is claimed atomically before the
 * comparison, so a burst of guesses gets MAX_CODE_ATTEMPTS comparisons at most; the right code
 * is used up in the transaction that verifies the account.
 */
export async function confirmEmailCode(
  viewer: Viewer,
  input: EmailCodeConfirmInput,
  now = new Date(),
): Promise<CodeConfirmResult> {
  const row = await prisma.emailVerification.findUnique({
    where: { userId: viewer.id },
    select: { schoolEmail: true, codeHash: true, expiresAt: true, attempts: true },
  });
  if (!row || row.expiresAt <= now || row.attempts >= MAX_CODE_ATTEMPTS) throw codeExpired();
  const claimed = await prisma.emailVerification.updateMany({
    where: { userId: viewer.id, codeHash: row.codeHash, attempts: { lt: MAX_CODE_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count !== 1) throw codeExpired(); // replaced meanwhile, or its attempts used up
  const given = Buffer.from(codeHash(viewer.id, row.schoolEmail, input.code), "hex");
  if (!timingSafeEqual(given, Buffer.from(row.codeHash, "hex"))) {
    const left = MAX_CODE_ATTEMPTS - (row.attempts + 1);
    const message =
      left > 0
        ? `인증 코드가 올바르지 않습니다. (남은 시도 ${left}번)`
        : "인증 코드가 올바르지 않습니다. 이 코드는 더 이상 쓸 수 없으니 새 코드를 요청해 주세요.";
    throw new AppError("INVALID_CODE", message, { fields: { code: [message] } });
  }

  let level: VerificationLevel;
  try {
    level = await prisma.$transaction(async (tx) => {
      const used = await tx.emailVerification.deleteMany({
        where: { userId: viewer.id, codeHash: row.codeHash },
      });
      if (used.count !== 1) throw codeExpired(); // used by a concurrent confirm
      const user = await tx.user.findUniqueOrThrow({
        where: { id: viewer.id },
        select: { verification: true },
      });
      // A graduate stays one; everyone else is a student now.
      const next: VerificationLevel = user.verification === "GRADUATE" ? "GRADUATE" : "STUDENT";
      await tx.user.update({
        where: { id: viewer.id },
        data: {
          verification: next,
          verificationMethod: "EMAIL",
          verifiedAt: now,
          schoolEmail: row.schoolEmail,
        },
        select: { id: true },
      });
      return next;
    });
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("CONFLICT", SCHOOL_EMAIL_TAKEN, {
        fields: { schoolEmail: [SCHOOL_EMAIL_TAKEN] },
      });
    throw e;
  }
  forgetViewer(viewer.id);
  return { verification: viewerLevel(level), schoolEmail: row.schoolEmail };
}
