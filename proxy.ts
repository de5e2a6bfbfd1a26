import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/auth/auth.config";
import { isSessionCookieName } from "@/lib/auth/session-cookie";
import { HSTS, isHttpsRequest, pageCsp } from "@/lib/http/security-headers";

// Two jobs, for pages only (the API answers 401 itself and gets its headers from next.config.ts):
//
// 1. The Content-Security-Policy with a fresh nonce per request. Next.js reads the policy from the
//    request headers and puts the nonce on its own scripts; the browser gets the same policy on
//    the response. HSTS goes out only over HTTPS.
//
// 2. Shows a signed-out visitor of / the landing page (app/welcome, same URL), and sends
//    signed-out visitors of other pages to /login (with where they were going). This is a
//    convenience, not the security boundary: every page, action and API route checks the viewer
//    (lib/auth/viewer.ts), so the proxy only looks whether a session cookie is there at all.
//    It deliberately does not run next-auth: next-auth's proxy wrapper re-issues the session
//    cookie on every request it sees (rolling expiry), and a prefetch answered just after 로그아웃
//    put the deleted cookie back. Sessions therefore last 14 days from sign-in.

function withSecurityHeaders(res: NextResponse, req: NextRequest, csp: string): NextResponse {
  res.headers.set("Content-Security-Policy", csp);
  if (isHttpsRequest(req.headers, req.url)) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

export default function proxy(req: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = pageCsp(nonce);
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const next = () =>
    withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), req, csp);

  const { pathname, search } = req.nextUrl;
  if (req.method !== "GET" && req.method !== "HEAD") return next(); // server actions check themselves
  // The 404 page (also where an undecodable path is sent, scripts/lib/raw-request-guard.mjs).
  if (pathname === "/_not-found") return next();
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return next();
  if (req.cookies.getAll().some((c) => isSessionCookieName(c.name) && c.value)) return next();
  if (pathname === "/")
    return withSecurityHeaders(
      NextResponse.rewrite(new URL("/welcome", req.nextUrl), {
        request: { headers: requestHeaders },
      }),
      req,
      csp,
    );
  const url = new URL("/login", req.nextUrl);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withSecurityHeaders(NextResponse.redirect(url), req, csp);
}

export const config = {
  // Pages only: the API answers 401 itself, and static assets need no session.
  matcher: [
    "/((?!api/|_next/|favicon.ico|robots.txt|sw.js|.*\\.(?:png|jpg|jpeg|gif|webp|svg|ico|webmanifest)$).*)",
  ],
};
