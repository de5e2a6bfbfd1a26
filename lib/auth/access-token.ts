import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { SignJWT } from "jose";
import { authSecret, env } from "@/lib/env";
import { parseId } from "@/lib/validation/id";
import { VerifiedCache } from "@/lib/cache/verified-cache";

// Public-API access tokens: HS256 JWTs carrying `sub` (user id), `iat`, `exp`, `iat_ms` (when it
// was issued, in milliseconds: a password reset or 회원 탈퇴 ends the tokens issued before it, and
// `iat`'s whole seconds cannot tell a token from the same second apart), and `fam`, the
// refresh-token family they were issued with (sign-in or refresh), so a live 알림 stream opened
// with one ends when that family does (로그아웃, a new password, reuse detection).
const ISSUER = "campustime";
const AUDIENCE = "campustime-api";

function key(): Uint8Array {
  // A key of its own, derived from AUTH_SECRET, so API tokens and next-auth cookies never share one.
  return new TextEncoder().encode(`${authSecret()}:access-token`);
}

export function accessTokenTtlSeconds(): number {
  return env().ACCESS_TOKEN_TTL_SECONDS;
}

export async function signAccessToken(
  userId: number,
  now = Date.now(),
  opts: { familyId?: string } = {},
): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({ iat_ms: now, ...(opts.familyId ? { fam: opts.familyId } : {}) })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + accessTokenTtlSeconds())
    .sign(key());
}

/** Seconds an `iat` may lie ahead of this server's clock (another instance's clock may run ahead). */
export const CLOCK_SKEW_SECONDS = 60;

let cachedKey: { secret: string; key: Buffer } | undefined;
function hmacKey(): Buffer {
  const secret = authSecret();
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: Buffer.from(key()) };
  return cachedKey.key;
}

const B64URL = /^[A-Za-z0-9_-]+$/;
function json(part: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
const isNumericDate = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/**
 * Tokens this process has verified (lib/cache/verified-cache.ts): checking one again (split, two
 * base64url JSON parses, the HMAC) cost ≈150 µs of CPU per API request under load, 6 % of the API
 * ceiling. The window is the one the check computes (iat/nbf less the skew, up to exp).
 */
const verified = new VerifiedCache<AccessTokenClaims>();

/**
 * What a valid access token says: its user, and when it was issued (epoch milliseconds: `iat_ms`,
 * or the start of `iat`'s second for a token without it, which a reset in that second then ends).
 */
export type AccessTokenClaims = Readonly<{ userId: number; issuedAtMs: number }>;

/**
 * The user id of a valid, unexpired token; null for anything else. A plain node:crypto HMAC check
 * (jose's jwtVerify cost ≈15× more per request) that is just as strict: the header must say
 * HS256 (and no `crit`), the signature must match in constant time, and the payload must carry our
 * issuer and audience, a numeric `sub`, `exp` in the future and `iat` not after now (plus
 * CLOCK_SKEW_SECONDS) nor after `exp`.
 */
export async function verifyAccessToken(token: string, now = Date.now()): Promise<number | null> {
  return (await verifyAccessTokenClaims(token, now))?.userId ?? null;
}

/** verifyAccessToken with when the token was issued (a password reset ends tokens issued before it). */
export async function verifyAccessTokenClaims(
  token: string,
  now = Date.now(),
): Promise<AccessTokenClaims | null> {
  if (typeof token !== "string" || token.length > 4096) return null;
  const nowSeconds = Math.floor(now / 1000);
  const secret = authSecret();
  const known = verified.get(token, secret, nowSeconds);
  if (known !== undefined) return known;
  const checked = checkAccessToken(token, nowSeconds);
  if (!checked) return null;
  const claims = Object.freeze({ userId: checked.userId, issuedAtMs: checked.issuedAtMs });
  verified.set(token, secret, claims, checked.from, checked.until);
  return claims;
}

/** The full check of a token at `nowSeconds`: its user and the window in which it holds, or null. */
function checkAccessToken(
  token: string,
  nowSeconds: number,
): { userId: number; issuedAtMs: number; from: number; until: number } | null {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts.every((p) => B64URL.test(p))) return null;
  const [h, p, sig] = parts;
  const header = json(h);
  if (
    !header ||
    header.alg !== "HS256" ||
    "crit" in header ||
    (header.typ !== undefined && header.typ !== "JWT")
  )
    return null;
  const expected = createHmac("sha256", hmacKey()).update(`${h}.${p}`).digest();
  const given = Buffer.from(sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const payload = json(p);
  if (!payload) return null;
  const aud = payload.aud;
  if (
    payload.iss !== ISSUER ||
    !(aud === AUDIENCE || (Array.isArray(aud) && aud.includes(AUDIENCE)))
  )
    return null;
  const { iat, exp, sub } = payload;
  if (!isNumericDate(iat) || !isNumericDate(exp)) return null;
  if (exp <= nowSeconds || iat > nowSeconds + CLOCK_SKEW_SECONDS || iat > exp) return null;
  if (isNumericDate(payload.nbf) && payload.nbf > nowSeconds + CLOCK_SKEW_SECONDS) return null;
  const userId = parseId(sub);
  if (!userId) return null;
  // Valid while iat (and nbf) ≤ now + skew and now < exp: the same comparisons as above.
  const from =
    Math.max(iat, isNumericDate(payload.nbf) ? payload.nbf : -Infinity) - CLOCK_SKEW_SECONDS;
  // iat_ms must fall within iat's second; otherwise the token says nothing finer than iat.
  const ms = payload.iat_ms;
  const issuedAtMs = isNumericDate(ms) && Math.floor(ms / 1000) === iat ? ms : iat * 1000;
  return { userId, issuedAtMs, from: Math.ceil(from), until: exp };
}

/**
 * The refresh-token family named by a token's `fam` claim, or null (none, or not a valid token).
 * Verified like every other use of the token.
 */
export async function accessTokenFamily(token: string, now = Date.now()): Promise<string | null> {
  if ((await verifyAccessToken(token, now)) === null) return null;
  const fam = json(token.split(".")[1])?.fam;
  return typeof fam === "string" && fam.length > 0 && fam.length <= 64 ? fam : null;
}
