import "server-only";
import crypto from "node:crypto";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { lockRowForUpdate } from "@/lib/db-dialect";
import type { Viewer } from "@/lib/auth/viewer";
import { findSessionCookie } from "@/lib/auth/session-cookie";
import { decodeSessionCookie } from "@/lib/auth/sessions";
import { validationFailed } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import { endpointRefusal } from "./endpoints";
import type { PushSubscriptionInput } from "./schemas";

// A student's push subscriptions (POST/DELETE /api/v1/me/push-subscriptions): at most
// MAX_SUBSCRIPTIONS, the oldest dropped. A subscription made with the browser's session cookie is
// tied to that session (sessionId + the password version of its cookie): 로그아웃 deletes it
// (lib/auth/auth.ts), and the sender drops it once the session has ended any other way (revoked,
// password changed, account deactivated). One made with a Bearer token lasts until DELETE, a
// 404/410 from its push service, or 회원 탈퇴 (deleteAllPushSubscriptions).

export const MAX_SUBSCRIPTIONS = 10;

export type PushSubscriptionDto = { endpoint: string; createdAt: string };

/** The browser session a request speaks for: its cookie's session, unless it sent a Bearer token. */
async function sessionOf(req: Request): Promise<{ sid: string; pwv: string } | null> {
  if (req.headers.get("authorization")) return null;
  const cookie = findSessionCookie((await cookies()).getAll());
  const claims = cookie ? await decodeSessionCookie(cookie) : null;
  return claims ? { sid: claims.sid, pwv: claims.pwv } : null;
}

/** Whether p256dh is a point on P-256 (web-push would fail on every send otherwise). */
function isP256Point(p256dh: string): boolean {
  try {
    crypto.ECDH.convertKey(p256dh, "prime256v1", "base64url", "hex", "uncompressed");
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves the browser's subscription for the viewer (201). The same endpoint again (this or another
 * account on the same browser) is updated and moved to the viewer; the oldest beyond
 * MAX_SUBSCRIPTIONS is dropped, in the same transaction (the user's row is locked on PostgreSQL,
 * so concurrent subscribes cannot leave more).
 */
export async function subscribePush(
  viewer: Viewer,
  input: PushSubscriptionInput,
  req: Request,
): Promise<PushSubscriptionDto> {
  const refusal = endpointRefusal(input.endpoint);
  if (refusal) throw validationFailed({ endpoint: [refusal] });
  if (!isP256Point(input.keys.p256dh))
    throw validationFailed({ "keys.p256dh": ["P-256 공개 키가 아닙니다."] });
  await claimRateLimit("pushSubscriptions", viewer.id);
  const session = await sessionOf(req);
  const data = {
    userId: viewer.id,
    p256dh: input.keys.p256dh.replace(/=+$/, ""),
    auth: input.keys.auth.replace(/=+$/, ""),
    sessionId: session?.sid ?? null,
    passwordVersion: session?.pwv ?? null,
    createdAt: new Date(),
  };
  const row = await prisma.$transaction(async (tx) => {
    await lockRowForUpdate(tx, "User", viewer.id);
    const saved = await tx.pushSubscription.upsert({
      where: { endpoint: input.endpoint },
      create: { endpoint: input.endpoint, ...data },
      update: data,
      select: { endpoint: true, createdAt: true },
    });
    const keep = await tx.pushSubscription.findMany({
      where: { userId: viewer.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MAX_SUBSCRIPTIONS,
      select: { id: true },
    });
    await tx.pushSubscription.deleteMany({
      where: { userId: viewer.id, id: { notIn: keep.map((k) => k.id) } },
    });
    return saved;
  });
  return { endpoint: row.endpoint, createdAt: row.createdAt.toISOString() };
}

/** The endpoints of the viewer's saved subscriptions (내 정보 › 알림 tells this browser's state by them). */
export async function listPushEndpoints(viewer: Viewer): Promise<string[]> {
  const rows = await prisma.pushSubscription.findMany({
    where: { userId: viewer.id },
    select: { endpoint: true },
  });
  return rows.map((r) => r.endpoint);
}

/** DELETE /api/v1/me/push-subscriptions: the viewer's subscription with this endpoint, if any (204 either way). */
export async function unsubscribePush(viewer: Viewer, endpoint: string): Promise<void> {
  await prisma.pushSubscription.deleteMany({ where: { userId: viewer.id, endpoint } });
}

/** 로그아웃 of a browser: the subscriptions made in that session. */
export async function deleteSessionPushSubscriptions(sessionId: string): Promise<void> {
  await prisma.pushSubscription.deleteMany({ where: { sessionId } });
}

/** 회원 탈퇴 (and anything else that ends every session of a user): all of the user's subscriptions. */
export async function deleteAllPushSubscriptions(userId: number): Promise<number> {
  const { count } = await prisma.pushSubscription.deleteMany({ where: { userId } });
  return count;
}
