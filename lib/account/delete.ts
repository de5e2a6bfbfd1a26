import "server-only";
import { prisma } from "@/lib/db";
import { AppError, unauthenticated } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { claimRateLimit, resetRateLimit } from "@/lib/rate-limit";
import { verifyPassword } from "@/lib/auth/password";
import { forgetViewer, type Viewer } from "@/lib/auth/viewer";
import { photoStorage } from "@/lib/uploads/storage";
import { erasedEmail, erasedNickname } from "./erased";
import type { AccountDeleteInput } from "./schemas";
import { endAllSessions } from "./sessions";

// 회원 탈퇴 (DELETE /api/v1/me and 내 정보 › 회원 탈퇴), as 개인정보 보호법 expects: confirmed with
// the password (403 when wrong; counted like a login attempt), then in one transaction
//   - sign-in stops: every session, refresh token and access token ends, the password is unusable;
//   - the login e-mail, school address, nickname and profile image are erased, so each can be
//     used again (the nickname becomes an unusable placeholder shown as "(탈퇴한 회원)");
//   - timetables (with events and calendar links), grades, friendships, scraps, notifications,
//     codes, reset tokens, documents, unattached uploads, push subscriptions and push settings
//     are deleted;
//   - posts, comments, reviews, messages and 공감 stay, so what others replied to stays readable:
//     a named author shows as "(탈퇴한 회원)", an anonymous one stays 익명.
// Photo bytes (documents, unattached uploads) are deleted after the commit. Nothing here logs the
// account's e-mail or nickname.

export const WRONG_PASSWORD = "비밀번호가 올바르지 않습니다.";

export async function deleteAccount(
  viewer: Viewer,
  input: AccountDeleteInput,
  now = new Date(),
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: viewer.id },
    select: { email: true, passwordHash: true, isActive: true },
  });
  if (!user || !user.isActive) throw unauthenticated();
  await claimRateLimit("loginEmail", user.email, { now }); // before the check, as a login
  if (!(await verifyPassword(user.passwordHash, input.password)))
    throw new AppError("FORBIDDEN", WRONG_PASSWORD, { fields: { password: [WRONG_PASSWORD] } });

  const storageKeys = await prisma.$transaction(
    async (tx) => {
      const userId = viewer.id;
      // 스크랩: the posts' counters move with the rows, as an un-스크랩 would.
      const scraps = await tx.scrap.findMany({ where: { userId }, select: { postId: true } });
      for (const { postId } of scraps)
        await tx.$executeRaw`UPDATE "Post" SET "scrapCount" = CASE WHEN "scrapCount" > 0 THEN "scrapCount" - 1 ELSE 0 END WHERE "id" = ${postId}`;
      await tx.scrap.deleteMany({ where: { userId } });
      await tx.timetable.deleteMany({ where: { ownerId: userId } });
      await tx.gradeEntry.deleteMany({ where: { userId } });
      await tx.friendship.deleteMany({
        where: { OR: [{ requesterId: userId }, { addresseeId: userId }] },
      });
      await tx.notification.deleteMany({ where: { userId } });
      // Web Push: every browser of the account stops receiving (queued pushes cascade away).
      await tx.pushSubscription.deleteMany({ where: { userId } });
      await tx.notificationSetting.deleteMany({ where: { userId } });
      await tx.emailVerification.deleteMany({ where: { userId } });
      await tx.passwordResetToken.deleteMany({ where: { userId } });
      const documents = await tx.verificationDocument.findMany({
        where: { userId, storageKey: { not: null } },
        select: { storageKey: true },
      });
      await tx.verificationDocument.deleteMany({ where: { userId } });
      const uploads = await tx.photo.findMany({
        where: { ownerId: userId, postId: null },
        select: { storageKey: true },
      });
      await tx.photo.deleteMany({ where: { ownerId: userId, postId: null } });
      await endAllSessions(tx, userId, now);
      await tx.user.update({
        where: { id: userId },
        data: {
          email: erasedEmail(userId),
          nickname: erasedNickname(userId),
          passwordHash: "!erased",
          profileImageUrl: null,
          schoolEmail: null,
          isActive: false,
          isAdmin: false,
          verification: "NONE",
          verificationMethod: null,
          verifiedAt: null,
          deletedAt: now,
        },
        select: { id: true },
      });
      return [...documents, ...uploads].map((r) => r.storageKey!).filter(Boolean);
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
  forgetViewer(viewer.id);
  // The e-mail also keys rate-limit windows: gone with the account.
  await Promise.all([
    resetRateLimit("loginEmail", user.email),
    resetRateLimit("passwordResetEmail", user.email),
  ]);
  const storage = photoStorage();
  for (const key of storageKeys) {
    await storage.delete(key).catch((err: unknown) => {
      logger.warn({ err: err instanceof Error ? err.message : String(err) }, "photo delete failed");
    });
  }
}
