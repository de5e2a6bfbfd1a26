import "server-only";
import { prisma } from "@/lib/db";
import { AppError, isUniqueViolation, unauthenticated } from "@/lib/http/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { claimRateLimit, resetRateLimit } from "@/lib/rate-limit";
import { revokeAllRefreshTokens } from "@/lib/auth/refresh-tokens";
import type {
  AccountUpdateInput,
  NicknameChangeInput,
  PasswordChangeInput,
} from "@/lib/auth/schemas";
import { forgetViewer, type Viewer } from "@/lib/auth/viewer";
import { viewerLevel, type VerificationLevel } from "@/lib/auth/gate";
import { sendMailLater } from "@/lib/mail/queue";
import { passwordChangedMail } from "@/lib/mail/messages";

// 내 정보: the signed-in user's own account. GET/PATCH /api/v1/me, the signup and token
// answers and the /me page all show the same DTO.

export const accountSelect = {
  id: true,
  email: true,
  nickname: true,
  profileImageUrl: true,
  isAdmin: true,
  verification: true,
  school: { select: { id: true, name: true } },
} as const;

export type AccountDto = {
  id: number;
  email: string;
  nickname: string;
  profileImageUrl: string | null;
  school: { id: number; name: string };
  isAdmin: boolean;
  /** 학교 인증 level the account counts as (lib/auth/gate.ts; every account is STUDENT under SCHOOL_VERIFICATION=off). */
  verification: VerificationLevel;
};

export const NICKNAME_TAKEN = "이미 사용 중인 닉네임입니다.";
export const EMAIL_TAKEN = "이미 사용 중인 이메일입니다.";
export const WRONG_CURRENT_PASSWORD = "현재 비밀번호가 올바르지 않습니다.";

export function nicknameTaken(): AppError {
  return new AppError("CONFLICT", NICKNAME_TAKEN, { fields: { nickname: [NICKNAME_TAKEN] } });
}

/** The account of an active user by id; null for a missing or deactivated one. */
export async function findAccount(userId: number): Promise<AccountDto | null> {
  const user = await prisma.user.findFirst({
    where: { id: userId, isActive: true },
    select: accountSelect,
  });
  return user ? toAccountDto(user) : null;
}

/** A row read with accountSelect as the API shows it. */
export function toAccountDto(user: AccountDto): AccountDto {
  return {
    id: user.id,
    email: user.email,
    nickname: user.nickname,
    profileImageUrl: user.profileImageUrl,
    school: { id: user.school.id, name: user.school.name },
    isAdmin: user.isAdmin,
    verification: viewerLevel(user.verification),
  };
}

export async function getAccount(viewer: Viewer): Promise<AccountDto> {
  const account = await findAccount(viewer.id);
  if (!account) throw unauthenticated();
  return account;
}

/** Whether the user's stored nickname already is this one (sending it again is no change). */
async function hasNickname(userId: number, nickname: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { nickname: true } });
  return user?.nickname === nickname;
}

async function assertNicknameFree(nickname: string, exceptUserId: number) {
  const holder = await prisma.user.findUnique({ where: { nickname }, select: { id: true } });
  if (holder && holder.id !== exceptUserId) throw nicknameTaken();
}

/** Checks the current password like a login (throttled, failures counted against the email). */
async function assertCurrentPassword(viewer: Viewer, currentPassword: string) {
  const user = await prisma.user.findUnique({
    where: { id: viewer.id },
    select: { email: true, passwordHash: true },
  });
  if (!user) throw unauthenticated();
  await claimRateLimit("loginEmail", user.email); // before the check, as a login
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new AppError("VALIDATION_FAILED", WRONG_CURRENT_PASSWORD, {
      fields: { currentPassword: [WRONG_CURRENT_PASSWORD] },
    });
  }
  await resetRateLimit("loginEmail", user.email);
}

/**
 * Changes nickname and/or password (PATCH /api/v1/me and the 내 정보 forms). Everything is
 * checked before anything is written. A new password revokes every refresh token of the user
 * and ends every browser session issued before it (see lib/auth/auth.ts).
 */
export async function updateAccount(
  viewer: Viewer,
  input: AccountUpdateInput,
): Promise<AccountDto> {
  // Written even when it equals viewer.nickname: a Bearer viewer may be another process's copy
  // (lib/auth/viewer.ts), so it is not the stored nickname to compare with.
  const nickname = input.nickname;
  if (nickname !== undefined) {
    // A change is claimed before the taken-check, so the 409 cannot be used to probe other
    // students' nicknames more than RATE_LIMIT_NICKNAME_CHANGES times a day.
    if (!(await hasNickname(viewer.id, nickname)))
      await claimRateLimit("nicknameChanges", viewer.id);
    await assertNicknameFree(nickname, viewer.id);
  }
  let passwordHash: string | undefined;
  if (input.newPassword !== undefined) {
    await assertCurrentPassword(viewer, input.currentPassword ?? "");
    passwordHash = await hashPassword(input.newPassword);
  }
  if (nickname !== undefined || passwordHash !== undefined) {
    try {
      await prisma.user.update({
        where: { id: viewer.id },
        data: { nickname, passwordHash },
        select: { id: true },
      });
    } catch (e) {
      // Someone took the nickname between the check and the write.
      if (isUniqueViolation(e)) throw nicknameTaken();
      throw e;
    }
    if (passwordHash !== undefined) {
      await revokeAllRefreshTokens(viewer.id);
      const { email } = await prisma.user.findUniqueOrThrow({
        where: { id: viewer.id },
        select: { email: true },
      });
      sendMailLater(passwordChangedMail(email));
    }
    forgetViewer(viewer.id);
  }
  return getAccount(viewer);
}

export function changeNickname(viewer: Viewer, input: NicknameChangeInput): Promise<AccountDto> {
  return updateAccount(viewer, { nickname: input.nickname });
}

export function changePassword(viewer: Viewer, input: PasswordChangeInput): Promise<AccountDto> {
  return updateAccount(viewer, {
    currentPassword: input.currentPassword,
    newPassword: input.newPassword,
  });
}
