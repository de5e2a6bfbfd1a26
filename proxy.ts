import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_PATHS } from "@/lib/auth/auth.config";

// Sends signed-out visitors of pages to /login (with where they were going). This is a
// convenience, not the security boundary: every page, action and API route checks the viewer
// (lib/auth/viewer.ts), so the proxy only looks whether a session cookie is there at all.
//
// It deliberately does not run next-auth: next-auth's proxy wrapper re-issues the session
// cookie on every request it sees (rolling expiry), and a prefetch answered just after 로그아웃
// put the deleted cookie back. Sessions therefore last 14 days from sign-in.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (req.method !== "GET" && req.method !== "HEAD") return NextResponse.next(); // server actions check themselves
  if (PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return NextResponse.next();
  if (req.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name) && c.value)) return NextResponse.next();
  const url = new URL("/login", req.nextUrl);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export const config = {
  // Pages only: the API answers 401 itself, and static assets need no session.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt|.*\\.(?:png|jpg|jpeg|gif|webp|svg|ico)$).*)"],
};
