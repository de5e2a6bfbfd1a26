import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db";
import { verifyAccessToken } from "@/lib/auth/access-token";
import { decodeSessionCookie, findSessionCookie, loadPageSession, loadSessionViewer } from "@/lib/auth/sessions";

/** The signed-in user as every service sees them. */
export type Viewer = {
  id: number;
  schoolId: number;
  nickname: string;
  isAdmin: boolean;
};

/** Loads an active user as a Viewer; inactive or missing users are nobody. */
export async function loadViewer(userId: number): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, isActive: true },
  });
  if (!user || !user.isActive) return null;
  return { id: user.id, schoolId: user.schoolId, nickname: user.nickname, isAdmin: user.isAdmin };
}

/** The viewer of a session cookie among `all`: decrypt, then one statement (lib/auth/sessions.ts). */
async function viewerFromCookies(all: { name: string; value: string }[]): Promise<Viewer | null> {
  const cookie = findSessionCookie(all);
  if (!cookie) return null;
  const claims = await decodeSessionCookie(cookie);
  return claims ? loadSessionViewer(claims.sid, claims.userId, claims.pwv) : null;
}

/** A page render's session: the viewer and the header's unread 알림 count, one statement. */
const getPageSession = cache(async (): Promise<{ viewer: Viewer; unreadCount: number } | null> => {
  const cookie = findSessionCookie((await cookies()).getAll());
  if (!cookie) return null;
  const claims = await decodeSessionCookie(cookie);
  return claims ? loadPageSession(claims.sid, claims.userId, claims.pwv) : null;
});

function parseCookieHeader(header: string | null): { name: string; value: string }[] {
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
export const getViewer = cache(async (): Promise<Viewer | null> => (await getPageSession())?.viewer ?? null);

/** The viewer's unread 알림 count as read with the session in this render (the page header). */
export async function getUnreadCount(): Promise<number> {
  return (await getPageSession())?.unreadCount ?? 0;
}

/** For pages and server actions: the viewer, or off to /login. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
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
    const userId = await verifyAccessToken(match[1]);
    return userId ? loadViewer(userId) : null;
  }
  return viewerFromCookies(parseCookieHeader(req.headers.get("cookie")));
}
