// The security headers of every response (docs/DECISIONS.md, "Security headers"). Pages get a
// nonce-based Content-Security-Policy from proxy.ts (a fresh nonce per request, which Next.js puts
// on its own scripts); everything else gets the static headers from next.config.ts.

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

/** HSTS, sent only when the request came over HTTPS (directly or per X-Forwarded-Proto). */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The pages' policy. Scripts: only those carrying this request's nonce, and what they load
 * ('strict-dynamic'); development adds 'unsafe-eval' for React's dev tooling. Styles allow inline
 * style attributes (React `style={…}`), which cannot carry a nonce. Images: same origin, and
 * blob: for the photo previews before upload.
 */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV === "development"): string {
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

/** Whether the client reached us over HTTPS (a proxy says so in X-Forwarded-Proto). */
export function isHttpsRequest(headers: Headers, url: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return url.startsWith("https:");
}
