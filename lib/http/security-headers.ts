// The security headers of every response (docs/DECISIONS.md, "Security headers"). Pages get a
// nonce-based Content-Security-Policy from scripts/server.mjs (lib/http/page-csp.mjs: a fresh nonce
// per request, which Next.js puts on its own scripts); everything else gets the static headers
// from next.config.ts.

/** Headers for every response, pages and API alike. */
export const COMMON_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
};

/** API responses are data, never a document: nothing may load or run from them. */
export const API_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The service worker's own policy: it talks to this origin only and runs no other script. */
export const SERVICE_WORKER_CSP =
  "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
