import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/auth/auth.config";
import { isSessionCookieName } from "@/lib/auth/session-cookie";

// Signed-out visitors only: it shows a signed-out visitor of / the landing page (app/welcome,
// same URL), and sends signed-out visitors of other pages to /login (with where they were going).
// This is a convenience, not the security boundary: every page, action and API route checks the
// viewer (lib/auth/viewer.ts), so the proxy only looks whether a session cookie is there at all.
// It deliberately does not run next-auth: next-auth's proxy wrapper re-issues the session cookie
// on every request it sees (rolling expiry), and a prefetch answered just after 로그아웃 put the
// deleted cookie back. Sessions therefore last 14 days from sign-in.
//
// The matcher below leaves out every request that carries the session cookie, so a signed-in
// student's page views never run it: Next.js's proxy round costs about 1 ms of CPU per request,
// a quarter of a bare page's (docs/BENCHMARKS.md, session 9). The pages' Content-Security-Policy
// and its nonce come from scripts/server.mjs (lib/http/page-csp.mjs), for every page.

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (req.method !== "GET" && req.method !== "HEAD") return NextResponse.next(); // actions check themselves
  // The 404 page (also where an undecodable path is sent, scripts/lib/raw-request-guard.mjs).
  if (pathname === "/_not-found") return NextResponse.next();
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`)))
    return NextResponse.next();
  // The matcher counts an empty cookie as missing, and a later chunk (`.1`) as no session cookie
  // at all, so both get here.
  if (req.cookies.getAll().some((c) => isSessionCookieName(c.name) && c.value))
    return NextResponse.next();
  if (pathname === "/") return NextResponse.rewrite(new URL("/welcome", req.nextUrl));
  const url = new URL("/login", req.nextUrl);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only (the API answers 401 itself, and static assets need no session), and only without
  // the session cookie (lib/auth/session-cookie.ts: its names over HTTP and HTTPS, whole or as the
  // first of its chunks). A matcher must be a literal, so the names are written out here.
  matcher: [
    {
      source:
        "/((?!api/|_next/|favicon.ico|robots.txt|sw.js|.*\\.(?:png|jpg|jpeg|gif|webp|svg|ico|webmanifest)$).*)",
      missing: [
        { type: "cookie", key: "authjs.session-token" },
        { type: "cookie", key: "__Secure-authjs.session-token" },
        { type: "cookie", key: "authjs.session-token.0" },
        { type: "cookie", key: "__Secure-authjs.session-token.0" },
      ],
    },
  ],
};
