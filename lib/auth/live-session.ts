import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { sqlTrue } from "@/lib/db-dialect";
import { accessTokenFamily, verifyAccessToken } from "@/lib/auth/access-token";
import { findSessionCookie } from "@/lib/auth/session-cookie";
import { decodeSessionCookie, loadSessionViewer } from "@/lib/auth/sessions";
import { parseCookieHeader } from "@/lib/auth/viewer";

// The session behind a long-lived request (the 알림 stream), so it can end when that session
// does, within seconds, on whichever instance it is open (SPEC: "a stream ends within 5 seconds of
// its session ending"). Two kinds, as viewerFromRequest (lib/auth/viewer.ts) reads them:
//  - a browser session cookie: the Session row, checked by the very rule every cookie request
//    uses (loadSessionViewer: revoked by 로그아웃, user deactivated, password changed since);
//  - a Bearer access token: its refresh-token family (`fam`, lib/auth/access-token.ts), which
//    로그아웃 revokes, a new password (change or reset) revokes with every other family of the
//    user, and reuse detection revokes; and the user, who must still be active. A token without
//    `fam` (issued by hand, or before tokens carried it) ends with its user only.

export type LiveSession =
  | { kind: "cookie"; userId: number; sid: string; pwv: string }
  | { kind: "bearer"; userId: number; familyId: string | null };

/** The session the request is authenticated by (Bearer first, as viewerFromRequest), or null. */
export async function liveSessionOf(req: Request): Promise<LiveSession | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) return null;
    const userId = await verifyAccessToken(match[1]);
    if (userId === null) return null;
    return { kind: "bearer", userId, familyId: await accessTokenFamily(match[1]) };
  }
  const cookies = parseCookieHeader(req.headers.get("cookie"));
  const cookie = findSessionCookie(cookies);
  const claims = cookie ? await decodeSessionCookie(cookie) : null;
  return claims ? { kind: "cookie", ...claims } : null;
}

const CHUNK = 500;
const chunks = <T>(xs: T[]) =>
  Array.from({ length: Math.ceil(xs.length / CHUNK) }, (_, i) =>
    xs.slice(i * CHUNK, i * CHUNK + CHUNK),
  );

/** Of the given sessions, those that have ended (a few statements for all of them). */
export async function endedSessions(sessions: readonly LiveSession[]): Promise<Set<LiveSession>> {
  const ended = new Set<LiveSession>();
  const cookies = sessions.filter((s) => s.kind === "cookie");
  const bearers = sessions.filter((s) => s.kind === "bearer");
  // Cookie sessions: batched by loadSessionViewer itself (one statement per 100 sessions).
  const viewers = await Promise.all(cookies.map((s) => loadSessionViewer(s.sid, s.userId, s.pwv)));
  cookies.forEach((s, i) => {
    if (!viewers[i]) ended.add(s);
  });
  if (!bearers.length) return ended;

  const userIds = [...new Set(bearers.map((s) => s.userId))];
  const active = new Set<number>();
  for (const ids of chunks(userIds)) {
    const rows = await prisma.$queryRaw<{ id: unknown; isActive: unknown }[]>(
      Prisma.sql`SELECT "id", "isActive" FROM "User" WHERE "id" IN (${Prisma.join(ids)})`,
    );
    for (const r of rows) if (sqlTrue(r.isActive)) active.add(Number(r.id));
  }
  const familyIds = [
    ...new Set(bearers.map((s) => s.familyId).filter((f): f is string => f !== null)),
  ];
  const liveFamilies = new Set<string>();
  const now = new Date();
  for (const ids of chunks(familyIds)) {
    const rows = await prisma.refreshToken.findMany({
      where: { familyId: { in: ids }, revokedAt: null, expiresAt: { gt: now } },
      select: { familyId: true },
      distinct: ["familyId"],
    });
    for (const r of rows) liveFamilies.add(r.familyId);
  }
  for (const s of bearers) {
    if (!active.has(s.userId) || (s.familyId !== null && !liveFamilies.has(s.familyId)))
      ended.add(s);
  }
  return ended;
}
