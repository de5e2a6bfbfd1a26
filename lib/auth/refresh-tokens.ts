import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/http/errors";
import { env } from "@/lib/env";

// Refresh tokens of the public API. The token is 32 random bytes (base64url) that only the
// client holds; the database keeps its SHA-256. Every token belongs to a family that starts at
// POST /auth/token; each refresh revokes the presented token (replacedBy = its successor) and
// issues a successor in the same family. Presenting a token that was already rotated means two
// parties hold it (theft or a replay), so the whole family is revoked.

export const REFRESH_EXPIRED_MESSAGE = "다시 로그인해 주세요.";

export type IssuedRefreshToken = {
  token: string;
  expiresAt: Date;
  userId: number;
  /** The family it belongs to (access tokens issued with it carry it as `fam`). */
  familyId: string;
};

export function refreshTokenTtlSeconds(): number {
  return env().REFRESH_TOKEN_TTL_DAYS * 24 * 60 * 60;
}

export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newTokenValue(): string {
  return randomBytes(32).toString("base64url");
}

const refused = () => new AppError("UNAUTHENTICATED", REFRESH_EXPIRED_MESSAGE);

/** Starts a new family (a sign-in). */
export async function issueRefreshToken(
  userId: number,
  now = new Date(),
): Promise<IssuedRefreshToken> {
  const token = newTokenValue();
  const expiresAt = new Date(now.getTime() + refreshTokenTtlSeconds() * 1000);
  const familyId = randomUUID();
  // Expired rows of this user are of no use any more (an expired token is refused either way).
  await prisma.refreshToken.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  await prisma.refreshToken.create({
    data: {
      userId,
      tokenHash: hashRefreshToken(token),
      familyId,
      expiresAt,
      createdAt: now,
    },
    select: { id: true },
  });
  return { token, expiresAt, userId, familyId };
}

export async function revokeRefreshFamily(familyId: string, now = new Date()): Promise<void> {
  await prisma.refreshToken.updateMany({
    where: { familyId, revokedAt: null },
    data: { revokedAt: now },
  });
}

/** Every token of a user (password change, deactivation). */
export async function revokeAllRefreshTokens(userId: number, now = new Date()): Promise<void> {
  await prisma.refreshToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: now },
  });
}

class ReuseDetected extends Error {}

/**
 * Exchanges a refresh token for its successor. Throws UNAUTHENTICATED when the token is unknown,
 * expired, revoked or its user is deactivated; a revoked (already rotated) token also revokes its
 * family. Concurrent refreshes with one token: exactly one wins (a conditional update), and the
 * others count as reuse.
 */
export async function rotateRefreshToken(
  presented: string | null | undefined,
  now = new Date(),
): Promise<IssuedRefreshToken> {
  if (!presented) throw refused();
  const current = await prisma.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(presented) },
    select: {
      id: true,
      userId: true,
      familyId: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { isActive: true } },
    },
  });
  if (!current) throw refused();
  if (current.revokedAt) {
    await revokeRefreshFamily(current.familyId, now);
    throw refused();
  }
  if (current.expiresAt.getTime() <= now.getTime() || !current.user.isActive) {
    await revokeRefreshFamily(current.familyId, now);
    throw refused();
  }

  const token = newTokenValue();
  const expiresAt = new Date(now.getTime() + refreshTokenTtlSeconds() * 1000);
  try {
    await prisma.$transaction(async (tx) => {
      // Claim the presented token; only one concurrent refresh can see it unrevoked.
      const claimed = await tx.refreshToken.updateMany({
        where: { id: current.id, revokedAt: null },
        data: { revokedAt: now },
      });
      if (claimed.count !== 1) throw new ReuseDetected();
      const next = await tx.refreshToken.create({
        data: {
          userId: current.userId,
          tokenHash: hashRefreshToken(token),
          familyId: current.familyId,
          expiresAt,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.refreshToken.update({
        where: { id: current.id },
        data: { replacedBy: next.id },
        select: { id: true },
      });
    });
  } catch (e) {
    if (!(e instanceof ReuseDetected)) throw e;
    await revokeRefreshFamily(current.familyId, now);
    throw refused();
  }
  return { token, expiresAt, userId: current.userId, familyId: current.familyId };
}

/** Logout: revokes the presented token's family. Unknown or missing tokens are fine (204 either way). */
export async function revokeRefreshToken(
  presented: string | null | undefined,
  now = new Date(),
): Promise<void> {
  if (!presented) return;
  const current = await prisma.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(presented) },
    select: { familyId: true },
  });
  if (current) await revokeRefreshFamily(current.familyId, now);
}
