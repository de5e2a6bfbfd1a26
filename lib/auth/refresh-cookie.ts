import "server-only";
import { refreshTokenTtlSeconds } from "@/lib/auth/refresh-tokens";

// The one place that reads and writes the `refresh_token` cookie of the public API:
// HttpOnly (no script reads it), SameSite=Strict (no other site's page can make a request that
// carries it), Path=/api/v1/auth (sent only to token/refresh/logout), Max-Age = the token's
// lifetime, Secure whenever the request came over HTTPS (directly or through a proxy).

export const REFRESH_COOKIE = "refresh_token";
export const REFRESH_COOKIE_PATH = "/api/v1/auth";

function isHttps(req: Request): boolean {
  const forwarded = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return new URL(req.url).protocol === "https:";
}

function serialize(req: Request, value: string, maxAge: number): string {
  const parts = [`${REFRESH_COOKIE}=${value}`, `Path=${REFRESH_COOKIE_PATH}`, `Max-Age=${maxAge}`];
  if (maxAge === 0) parts.push("Expires=Thu, 01 Jan 1970 00:00:00 GMT");
  parts.push("HttpOnly", "SameSite=Strict");
  if (isHttps(req)) parts.push("Secure");
  return parts.join("; ");
}

/** The refresh token the client sent, if any. */
export function readRefreshCookie(req: Request): string | null {
  const header = req.headers.get("cookie");
  if (!header) return null;
  for (const pair of header.split(";")) {
    const eq = pair.indexOf("=");
    if (eq < 0) continue;
    if (pair.slice(0, eq).trim() === REFRESH_COOKIE) {
      const value = pair.slice(eq + 1).trim();
      // Tokens are base64url; anything else cannot be one of ours.
      return /^[A-Za-z0-9_-]{1,200}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function setRefreshCookie<R extends Response>(res: R, req: Request, token: string): R {
  res.headers.append("Set-Cookie", serialize(req, token, refreshTokenTtlSeconds()));
  return res;
}

export function clearRefreshCookie<R extends Response>(res: R, req: Request): R {
  res.headers.append("Set-Cookie", serialize(req, "", 0));
  return res;
}
