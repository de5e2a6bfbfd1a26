// The pages' Content-Security-Policy, in one place (docs/DECISIONS.md, "Security headers").
//
// scripts/server.mjs gives every page request a fresh nonce (a page's path: isPagePath below). It
// puts the policy on the request, where Next.js reads the nonce and puts it on its own scripts, and
// on the response. Doing this in the server and not in proxy.ts saves Next.js's proxy (middleware)
// round on every page view: about 1 ms of CPU, a quarter of a bare page's (BENCHMARKS, session 9).
// lib/api-docs/page.ts sends the same policy with a nonce of its own. Plain JavaScript (with
// page-csp.d.mts), because the server imports it before anything is compiled.
import crypto from "node:crypto";

/** HSTS, sent only when the request came over HTTPS (directly or per X-Forwarded-Proto). */
export const HSTS = "max-age=31536000; includeSubDomains";

/** A fresh nonce: 16 random bytes, base64. */
export const newNonce = () => crypto.randomBytes(16).toString("base64");

/**
 * The pages' policy. Scripts: only those carrying this request's nonce, and what they load
 * ('strict-dynamic'); development adds 'unsafe-eval' for React's dev tooling. Styles allow inline
 * style attributes (React `style={…}`), which cannot carry a nonce. Images: same origin, and
 * blob: for the photo previews before upload.
 */
export function pageCsp(nonce, dev = process.env.NODE_ENV === "development") {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    // The service worker (/sw.js): 'strict-dynamic' above would not let a nonce-less worker in.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Not a page: the API (its own policy, next.config.ts), Next's assets, the service worker (its
// own policy), and static files.
const NOT_A_PAGE =
  /^\/(?:api\/|_next\/|favicon\.ico|robots\.txt|sw\.js|.*\.(?:png|jpg|jpeg|gif|webp|svg|ico|webmanifest)$)/;

/**
 * Whether a request target is a page's: it gets the pages' policy. Judged on the path as Next.js
 * routes it, with dot segments resolved (`/_next/../me`, `/api/%2e%2e/me` and `/sw.js/../me` are
 * /me) and the query left out; the raw target would let such a path reach a page without the
 * policy.
 */
export function isPagePath(target) {
  let pathname;
  try {
    pathname = new URL(target, "http://localhost").pathname;
  } catch {
    return true; // not a URL: whatever answers it gets the policy
  }
  return !NOT_A_PAGE.test(pathname);
}

/** Whether the client reached us over HTTPS: a proxy says so in X-Forwarded-Proto. */
export function isHttpsRequest(forwardedProto, encrypted) {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (first) return first === "https";
  return encrypted;
}
