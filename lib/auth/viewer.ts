import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { sqlTrue } from "@/lib/db-dialect";
import { allows, assertAccess, viewerLevel, type Access } from "@/lib/auth/gate";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { verifyAccessTokenClaims } from "@/lib/auth/access-token";
import { findSessionCookie } from "@/lib/auth/session-cookie";
import {
  decodeSessionCookie,
  loadPageSession,
  loadSessionViewer,
  type PageSession,
} from "@/lib/auth/sessions";
import type { Viewer } from "@/lib/auth/viewer-type";

export type { Viewer };

type ViewerRow = {
  schoolId: unknown;
  nickname: string;
  isAdmin: unknown;
  isActive: unknown;
  verification: string;
  tokensValidFrom: unknown;
};

/** A Bearer viewer with the moment (epoch ms) its access tokens count from (password reset, 탈퇴). */
type BearerViewer = { viewer: Readonly<Viewer>; tokensValidFrom: number };

/**
 * How long a process keeps the viewer of an access token (docs/DECISIONS.md, "Caches"): a
 * deactivation or an admin flag set by hand, or a nickname changed through another process, shows
 * on Bearer requests within this long. A nickname changed through this process shows at once.
 */
export const VIEWER_CACHE_MS = 2_000;
const bearerViewers = new TtlCache<number, BearerViewer | null>(VIEWER_CACHE_MS, 20_000);

/**
 * The viewer of a verified access token: an active user, or nobody (inactive or missing). Every
 * Bearer request needs it, so a process keeps it VIEWER_CACHE_MS (frozen: requests share it).
 * Session cookies are not cached: a revoked session is refused on its next use (sessions.ts).
 * Only a verified student's viewer is kept: a level that may still rise (NONE, FRESHMAN) is read
 * every time, so a student who has just verified through another process is let in at once.
 */
export async function loadViewer(
  userId: number,
  issuedAtMs = Number.POSITIVE_INFINITY,
): Promise<Readonly<Viewer> | null> {
  const entry = await bearerViewers.get(userId, () => readViewer(userId));
  if (entry && !allows(entry.viewer.verification, "student")) bearerViewers.delete(userId);
  // A token issued before the account's sessions were ended (a password reset, 회원 탈퇴).
  if (!entry || issuedAtMs < entry.tokensValidFrom) return null;
  return entry.viewer;
}

/** Forgets this process's copy of a user's viewer (after a change to their nickname). */
export function forgetViewer(userId: number) {
  bearerViewers.delete(userId);
}

/**
 * One raw statement: Prisma's findUnique costs about twice the CPU of the same SELECT through
 * $queryRaw (≈350 against ≈150 µs, docs/BENCHMARKS.md session 3).
 */
async function readViewer(userId: number): Promise<BearerViewer | null> {
  const rows = await prisma.$queryRaw<ViewerRow[]>(
    Prisma.sql`SELECT "schoolId", "nickname", "isAdmin", "isActive", "verification", "tokensValidFrom" FROM "User" WHERE "id" = ${userId}`,
  );
  const user = rows[0];
  if (!user || !sqlTrue(user.isActive)) return null;
  const validFrom =
    user.tokensValidFrom === null || user.tokensValidFrom === undefined
      ? 0
      : (user.tokensValidFrom instanceof Date
          ? user.tokensValidFrom
          : new Date(String(user.tokensValidFrom))
        ).getTime();
  return {
    viewer: Object.freeze({
      id: userId,
      schoolId: Number(user.schoolId),
      nickname: user.nickname,
      isAdmin: sqlTrue(user.isAdmin),
      verification: viewerLevel(user.verification),
    }),
    tokensValidFrom: Number.isFinite(validFrom) ? validFrom : 0,
  };
}

/** The viewer of a session cookie among `all`: decrypt, then one statement (lib/auth/sessions.ts). */
async function viewerFromCookies(all: { name: string; value: string }[]): Promise<Viewer | null> {
  const cookie = findSessionCookie(all);
  if (!cookie) return null;
  const claims = await decodeSessionCookie(cookie);
  return claims ? loadSessionViewer(claims.sid, claims.userId, claims.pwv) : null;
}

/** A page render's session: the viewer and the header's unread 알림 and 쪽지 counts, one statement. */
const getPageSession = cache(async (): Promise<PageSession | null> => {
  const cookie = findSessionCookie((await cookies()).getAll());
  if (!cookie) return null;
  const claims = await decodeSessionCookie(cookie);
  return claims ? loadPageSession(claims.sid, claims.userId, claims.pwv) : null;
});

/** The name and (URI-decoded) value of each cookie of a Cookie header. */
export function parseCookieHeader(header: string | null): { name: string; value: string }[] {
  if (!header) return [];
  const out: { name: string; value: string }[] = [];
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    let value = part.slice(i + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // keep it as sent: it will not decrypt
    }
    out.push({ name, value });
  }
  return out;
}

/** For pages and server actions: the session's viewer, once per request. */
export const getViewer = cache(
  async (): Promise<Viewer | null> => (await getPageSession())?.viewer ?? null,
);

/** The viewer's unread 알림 and 쪽지 as read with the session in this render (the page header). */
export async function getUnreadCounts(): Promise<{ notifications: number; messages: number }> {
  const session = await getPageSession();
  return { notifications: session?.unreadCount ?? 0, messages: session?.unreadMessages ?? 0 };
}

/** The viewer's starred boards (즐겨찾기) as read with the session in this render, in the order starred. */
export async function getFavoriteBoardIds(): Promise<number[]> {
  return (await getPageSession())?.favoriteBoardIds ?? [];
}

/** Where pages send a viewer whose 학교 인증 does not reach them. */
export const VERIFY_PATH = "/verify";

/**
 * For pages and server actions: the viewer, or off to /login; a viewer whose 학교 인증 level does
 * not reach `access` (lib/auth/gate.ts) goes to 학교 인증 instead.
 */
export async function requireViewer(access: Access = "student"): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  if (!allows(viewer.verification, access)) redirect(VERIFY_PATH);
  return viewer;
}

/**
 * For the public API: `Authorization: Bearer <token>` first; without that header, the browser's
 * next-auth session cookie. A Bearer header that is present but invalid never falls back.
 */
export async function viewerFromRequest(req: Request): Promise<Viewer | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return null;
    const claims = await verifyAccessTokenClaims(match[1]);
    return claims ? loadViewer(claims.userId, claims.issuedAtMs) : null;
  }
  return viewerFromCookies(parseCookieHeader(req.headers.get("cookie")));
}

/**
 * The API's gate (withApi): the request's viewer, or null (401) without valid credentials; a
 * viewer whose 학교 인증 level does not reach `access` is refused with 403 VERIFICATION_REQUIRED.
 */
export async function admitRequest(req: Request, access: Access): Promise<Viewer | null> {
  const viewer = await viewerFromRequest(req);
  if (viewer) assertAccess(viewer, access);
  return viewer;
}
