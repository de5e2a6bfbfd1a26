import "server-only";
import { parseId } from "@/lib/validation/id";
import { randomBytes } from "node:crypto";
import { decode } from "next-auth/jwt";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { jsonRowsSql, sqlTrue } from "@/lib/db-dialect";
import { BatchedReads } from "@/lib/cache/batched-reads";
import { VerifiedCache } from "@/lib/cache/verified-cache";
import { authSecret } from "@/lib/env";
import { passwordVersion } from "@/lib/auth/password";
import { viewerLevel } from "@/lib/auth/gate";
import type { Viewer } from "@/lib/auth/viewer-type";

// Browser sessions. next-auth keeps the session in an encrypted JWT cookie; the cookie carries
// the id (`sid`) of a Session row. Every use of the cookie reads that row joined with its user in
// one statement, so a session ends on the server the moment it is revoked (로그아웃, next-auth's
// /api/auth/signout), its account is deactivated or its password changes — a copied cookie stops
// working at once.
//
// The cookie is read here directly rather than through next-auth's auth(): auth() runs the jwt
// callback and then re-encrypts and re-sends the cookie on every render (rolling expiry, ≈11 % of a
// page's CPU). Sessions last SESSION_MAX_AGE_SECONDS from sign-in either way (proxy.ts).

export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60;

/** Creates the Session row of a new sign-in and returns its id (for the token's `sid`). */
export async function createSession(userId: number, now = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await prisma.session.create({ data: { id, userId, createdAt: now } });
  // Sessions past their lifetime are of no use: prune this user's on the way.
  await prisma.session.deleteMany({
    where: { userId, createdAt: { lt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) } },
  });
  return id;
}

/** Ends a session (idempotent). */
export async function revokeSession(id: string, now = new Date()): Promise<void> {
  await prisma.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
}

type SessionRow = {
  userId: unknown;
  schoolId: unknown;
  nickname: string;
  isAdmin: unknown;
  isActive: unknown;
  passwordHash: string;
  revokedAt: unknown;
  verification: string;
  unread?: unknown;
  unreadMessages?: unknown;
  favorites?: unknown;
};

type SessionRowOf = SessionRow & { id: string };

/**
 * The sessions asked for together, in one statement (lib/cache/batched-reads.ts): concurrent page
 * renders and cookie API calls share it, and each batch starts after its callers asked, so a
 * session revoked before a request arrives is refused in it. The page header's unread counts ride
 * along as subqueries: 알림 on the (userId, isRead) index, 쪽지 as the sum of the viewer's side's
 * unread counters over their threads (the (userAId, …) and (userBId, …) indexes), and the
 * viewer's starred boards (즐겨찾기, the home page's first boards and every board page's star) on
 * the BoardFavorite key, so a page pays one statement (at most) for its session and its header.
 */
function sessionReads(withUnread: boolean) {
  return new BatchedReads<string, SessionRow>(async (sids) => {
    const unread = withUnread
      ? Prisma.sql`, (SELECT COUNT(*) FROM "Notification" n WHERE n."userId" = s."userId" AND n."isRead" = ${false}) AS "unread",
        (SELECT COALESCE(SUM(t."userAUnread"), 0) FROM "MessageThread" t WHERE t."userAId" = s."userId" AND t."userAUnread" > 0)
        + (SELECT COALESCE(SUM(t."userBUnread"), 0) FROM "MessageThread" t WHERE t."userBId" = s."userId" AND t."userBUnread" > 0) AS "unreadMessages",
        ${jsonRowsSql(Prisma.sql`f."boardId"`, Prisma.sql`"BoardFavorite" f WHERE f."userId" = s."userId"`, Prisma.sql`f."createdAt", f."boardId"`)} AS "favorites"`
      : Prisma.empty;
    const rows = await prisma.$queryRaw<SessionRowOf[]>(Prisma.sql`
      SELECT s."id", s."userId", s."revokedAt", u."schoolId", u."nickname", u."isAdmin", u."isActive", u."passwordHash", u."verification"${unread}
      FROM "Session" s JOIN "User" u ON u."id" = s."userId"
      WHERE s."id" IN (${Prisma.join(sids)})`);
    return new Map(rows.map((r) => [r.id, r]));
  });
}
const pageSessions = sessionReads(true);
const apiSessions = sessionReads(false);

async function readSession(
  sid: string,
  userId: number,
  pwv: string,
  withUnread: boolean,
): Promise<PageSession | null> {
  const row = await (withUnread ? pageSessions : apiSessions).read(sid);
  if (!row || row.revokedAt !== null || Number(row.userId) !== userId || !sqlTrue(row.isActive))
    return null;
  if (passwordVersion(row.passwordHash) !== pwv) return null;
  return {
    viewer: {
      id: userId,
      schoolId: Number(row.schoolId),
      nickname: row.nickname,
      isAdmin: sqlTrue(row.isAdmin),
      verification: viewerLevel(row.verification),
    },
    unreadCount: Number(row.unread ?? 0),
    unreadMessages: Number(row.unreadMessages ?? 0),
    favoriteBoardIds: row.favorites
      ? (JSON.parse(String(row.favorites)) as [unknown][]).map(([id]) => Number(id))
      : [],
  };
}

/**
 * The viewer of a session: its row and its user in one statement. Null when the session is
 * unknown, revoked, issued to another user, or its user is inactive or changed password since.
 */
export async function loadSessionViewer(
  sid: string,
  userId: number,
  pwv: string,
): Promise<Viewer | null> {
  return (await readSession(sid, userId, pwv, false))?.viewer ?? null;
}

/** A page render's session: the viewer, the header's unread 알림 and 쪽지 counts, the starred boards. */
export type PageSession = {
  viewer: Viewer;
  unreadCount: number;
  unreadMessages: number;
  /** 즐겨찾기: the viewer's starred boards, in the order starred. */
  favoriteBoardIds: number[];
};

/** loadSessionViewer for a page render, with the header's unread counts, in the same one statement. */
export function loadPageSession(
  sid: string,
  userId: number,
  pwv: string,
): Promise<PageSession | null> {
  return readSession(sid, userId, pwv, true);
}

export type SessionClaims = { sid: string; userId: number; pwv: string };

/** Whether a decoded next-auth token names a session: sid, a positive numeric sub and pwv. */
export function sessionClaims(
  token: { sid?: unknown; sub?: unknown; pwv?: unknown } | null | undefined,
): SessionClaims | null {
  if (
    !token ||
    typeof token.sid !== "string" ||
    typeof token.pwv !== "string" ||
    typeof token.sub !== "string"
  )
    return null;
  const userId = parseId(token.sub);
  if (userId === null) return null;
  return { sid: token.sid, userId, pwv: token.pwv };
}

let lastGarbageLog = 0;
/** next-auth's decode allows this much clock difference on `exp` and `nbf` (its clockTolerance). */
const COOKIE_CLOCK_TOLERANCE_SECONDS = 15;
/**
 * Session cookies this process has decrypted (lib/cache/verified-cache.ts), keyed by cookie name
 * (next-auth's salt) and value: decrypting one (HKDF, key import, AES-CBC and HMAC through
 * WebCrypto) cost ≈0.7 ms of CPU per page under load. The window is next-auth's own (exp/nbf with
 * its tolerance). The session row is still read on every request (revocation is immediate).
 */
const decodedCookies = new VerifiedCache<SessionClaims>();

/**
 * Decrypts a session cookie; null when it cannot be read. An unreadable cookie (tampered, from
 * another secret, garbage) is normal hostile input: one log line, at most one per second, never a
 * stack trace.
 */
export async function decodeSessionCookie(cookie: {
  name: string;
  value: string;
}): Promise<SessionClaims | null> {
  if (cookie.value.length > 8192) return null;
  const key = `${cookie.name}\u0000${cookie.value}`;
  const secret = authSecret();
  const nowSeconds = Math.floor(Date.now() / 1000);
  const known = decodedCookies.get(key, secret, nowSeconds);
  if (known !== undefined) return known;
  try {
    const token = (await decode({ token: cookie.value, secret, salt: cookie.name })) as Record<
      string,
      unknown
    > | null;
    const claims = sessionClaims(token);
    if (claims) {
      const nbf = typeof token?.nbf === "number" ? token.nbf : -Infinity;
      const exp = typeof token?.exp === "number" ? token.exp : Infinity;
      decodedCookies.set(
        key,
        secret,
        Object.freeze(claims),
        nbf - COOKIE_CLOCK_TOLERANCE_SECONDS,
        exp + COOKIE_CLOCK_TOLERANCE_SECONDS,
      );
    }
    return claims;
  } catch (e) {
    const now = Date.now();
    if (now - lastGarbageLog > 1000) {
      lastGarbageLog = now;
      console.warn(
        `[auth] unreadable session cookie ignored (${e instanceof Error ? e.name : "error"})`,
      );
    }
    return null;
  }
}
