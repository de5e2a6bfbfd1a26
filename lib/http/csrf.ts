import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { AppError } from "./errors";

// Cross-site request forgery guard for /api/v1 writes that the browser authenticates with its
// next-auth session cookie (lib/http/with-api.ts calls it; docs/DECISIONS.md, "Request boundary").
//
// A browser says where a request comes from in two headers a page cannot forge:
//   Sec-Fetch-Site: same-origin | same-site | cross-site | none
//   Origin:         scheme://host[:port] of the page (or "null" for opaque origins)
// "same-site" is refused as well: a sibling subdomain (evil.campus.example) is the same *site*
// as campus.example and gets the Lax session cookie, but it is not us. Only "same-origin" and
// "none" (typed into the address bar, a bookmark) pass. A request with neither header comes from
// a program, not a browser, and passes: it cannot have been forged by a page.

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** True when the browser would authenticate this request with the session cookie alone. */
export function isCookieAuthenticatedWrite(req: Request): boolean {
  if (!UNSAFE_METHODS.has(req.method.toUpperCase())) return false;
  if (req.headers.has("authorization")) return false; // Bearer clients are never CSRF targets
  return hasSessionCookie(req.headers.get("cookie"));
}

/** The origin the client talked to: X-Forwarded-Host/-Proto from a proxy, else Host and the URL's scheme. */
function ownHost(req: Request): { host: string; protocol: string | null } {
  const forwardedHost = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const forwardedProto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const host = (forwardedHost || req.headers.get("host") || new URL(req.url).host).toLowerCase();
  return { host, protocol: forwardedProto ? `${forwardedProto}:` : null };
}

/** Null when the request may come from this site; otherwise why not. */
export function crossSiteReason(req: Request): string | null {
  const site = req.headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (site && site !== "same-origin" && site !== "none") return `Sec-Fetch-Site: ${site}`;
  const origin = req.headers.get("origin")?.trim();
  if (origin) {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      return `Origin: ${origin.slice(0, 100)}`; // "null" (sandboxed frames, file:) or garbage
    }
    const own = ownHost(req);
    if (url.host.toLowerCase() !== own.host) return `Origin: ${url.origin}`;
    if (own.protocol && url.protocol !== own.protocol) return `Origin: ${url.origin}`;
  }
  return null;
}

/** 403 for a cookie-authenticated write that a browser says came from another site (or origin). */
export function assertSameOriginWrite(req: Request): void {
  if (!isCookieAuthenticatedWrite(req)) return;
  if (crossSiteReason(req)) {
    throw new AppError("FORBIDDEN", "다른 사이트에서 보낸 요청은 처리할 수 없습니다.");
  }
}
