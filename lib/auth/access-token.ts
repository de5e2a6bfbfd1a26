import "server-only";
import { SignJWT, jwtVerify } from "jose";
import { authSecret, env } from "@/lib/env";

// Public-API access tokens: HS256 JWTs carrying only `sub` (user id), `iat`, `exp`.
const ISSUER = "campustime";
const AUDIENCE = "campustime-api";

function key(): Uint8Array {
  // A key of its own, derived from AUTH_SECRET, so API tokens and next-auth cookies never share one.
  return new TextEncoder().encode(`${authSecret()}:access-token`);
}

export function accessTokenTtlSeconds(): number {
  return env().ACCESS_TOKEN_TTL_SECONDS;
}

export async function signAccessToken(userId: number, now = Date.now()): Promise<string> {
  const iat = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(iat)
    .setExpirationTime(iat + accessTokenTtlSeconds())
    .sign(key());
}

/** The user id of a valid, unexpired token; null for anything else. */
export async function verifyAccessToken(token: string): Promise<number | null> {
  try {
    const { payload } = await jwtVerify(token, key(), {
      algorithms: ["HS256"],
      issuer: ISSUER,
      audience: AUDIENCE,
      requiredClaims: ["sub", "iat", "exp"],
    });
    const id = Number(payload.sub);
    return Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}
