import type { NextAuthConfig } from "next-auth";

// The part of the next-auth config that needs no database (lib/auth/auth.ts adds the rest);
// PUBLIC_PATHS also tells proxy.ts which pages are open without a session.
export const PUBLIC_PATHS = [
  "/login",
  "/signup",
  "/welcome",
  "/offline",
  "/forgot-password",
  "/reset-password",
];

export const authConfig = {
  trustHost: true, // served by `next start` on localhost without AUTH_URL
  session: { strategy: "jwt", maxAge: 14 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = String(user.id);
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
