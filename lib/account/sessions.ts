import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * Ends every way the account is signed in, in the caller's transaction: browser sessions
 * (revoked rows: the next use of the cookie is refused), refresh tokens (all families), and
 * access tokens issued until now (User.tokensValidFrom, checked with the viewer row). Used by a
 * password reset and 회원 탈퇴. A live notification stream notices within its own check interval.
 */
export async function endAllSessions(
  tx: Prisma.TransactionClient,
  userId: number,
  now = new Date(),
): Promise<void> {
  await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await tx.refreshToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
  await tx.user.update({
    where: { id: userId },
    data: { tokensValidFrom: now },
    select: { id: true },
  });
}
