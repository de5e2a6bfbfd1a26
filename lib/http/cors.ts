// CORS for /api/v1 (SPEC, "API discovery and conventions"; docs/DECISIONS.md, "HTTP caching and
// CORS"). Bearer clients may call from any origin: answers say `Access-Control-Allow-Origin: *`
// and never `Access-Control-Allow-Credentials`, so by the Fetch standard a browser never lets
// another origin read an answer to a request that carried cookies. On top of that, an answer to a
// request authenticated by the session cookie alone gets no CORS headers at all: our own pages
// are same-origin and need none. Cross-site writes with the cookie are refused before that
// (lib/http/csrf.ts). No Origin is ever reflected, so no answer varies by Origin.
//
// Preflights (OPTIONS with Access-Control-Request-Method) are answered by Next.js's automatic
// OPTIONS of each route (204 with `Allow`, the route's methods); the server's response class
// (scripts/lib/app-response.mjs) adds the preflight headers to that answer, with the route's
// methods as Access-Control-Allow-Methods.

import { hasSessionCookie } from "@/lib/auth/session-cookie";

/** Headers a cross-origin script may read besides the CORS-safelisted ones. */
export const EXPOSED_HEADERS = [
  "ETag",
  "Location",
  "Retry-After",
  "WWW-Authenticate",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
].join(", ");

/** True when the browser's session cookie is the request's only credential. */
export function isCookieOnly(headers: Headers): boolean {
  if (headers.has("authorization")) return false;
  return hasSessionCookie(headers.get("cookie"));
}

/** The CORS headers of an answer to this (non-preflight) request. */
export function corsHeaders(req: Request): Record<string, string> {
  if (isCookieOnly(req.headers)) return {};
  return { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": EXPOSED_HEADERS };
}
