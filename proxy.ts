import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig, PUBLIC_PATHS } from "@/lib/auth/auth.config";
import { authSecret } from "@/lib/env";

// Sends signed-out visitors of pages to /login (with where they were going). This is a
// convenience, not the security boundary: every page, action and API route checks the viewer.
// The config is lazy so AUTH_SECRET is read per request, not when `next build` loads this file.
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));

const guard = auth((req) => {
  const { pathname, search } = req.nextUrl;
  if (req.auth?.user || PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    return NextResponse.next();
  }
  const url = new URL("/login", req.nextUrl);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}) as unknown as Promise<(req: NextRequest, ev: NextFetchEvent) => Promise<Response>>;

// With a lazy config next-auth hands back the wrapped handler as a promise.
export default async function proxy(req: NextRequest, ev: NextFetchEvent) {
  // Only page visits are redirected. A POST is a server action, which checks the viewer itself;
  // letting next-auth see it would also append a refreshed session cookie to the action's
  // response, which undid 로그아웃 (the action's cookie deletion) and a password change's new session.
  if (req.method !== "GET" && req.method !== "HEAD") return NextResponse.next();
  return (await guard)(req, ev);
}

export const config = {
  // Pages only: the API answers 401 itself, and static assets need no session.
  matcher: ["/((?!api/|_next/|favicon.ico|robots.txt|.*\\.(?:png|jpg|jpeg|gif|webp|svg|ico)$).*)"],
};
