import "server-only";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/auth.config";
import {
  createSession,
  loadSessionViewer,
  revokeSession,
  sessionClaims,
} from "@/lib/auth/sessions";
import { credentialsSchema } from "@/lib/auth/schemas";
import { deleteSessionPushSubscriptions } from "@/lib/push/subscriptions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/http/errors";
import { clientAddress } from "@/lib/http/client-address";

/**
 * Thrown out of authorize() when the email is throttled. In a server action next-auth's
 * signIn() rethrows this very instance (Auth.js "raw" mode), so the login form reads `code`
 * and `retryAfter`; through the HTTP endpoint only `code` reaches the error URL.
 */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfter: number) {
    super();
  }
}

/** Whether an error thrown by signIn() is a refused login (wrong credentials or throttled). */
export function isCredentialsSignin(e: unknown): e is CredentialsSignin {
  return e instanceof AuthError && e.type === "CredentialsSignin";
}

// Lazy config: AUTH_SECRET is read per request, not while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  logger: {
    error(error: Error) {
      // A refused login is an expected event, not a server error worth a stack trace.
      if (isCredentialsSignin(error)) return;
      const name = error instanceof AuthError ? error.type : error.name;
      // One line, never a stack trace: a garbage cookie is hostile input, not a server fault, and
      // anyone can send one on every request (log amplification).
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      const why =
        cause instanceof Error
          ? ` (${cause.name}: ${cause.message.split("\n")[0].slice(0, 200)})`
          : "";
      console.error(`[auth][error] ${name}: ${error.message.split("\n")[0].slice(0, 200)}${why}`);
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        // A sign-in: a Session row of its own, named in the token (lib/auth/sessions.ts).
        token.sub = String(user.id);
        token.pwv = user.passwordVersion;
        token.sid = await createSession(Number(user.id));
        return token;
      }
      // Every later read through next-auth (/api/auth/session): a revoked session, a deactivated
      // account or a changed password ends it (null clears the cookie).
      const claims = sessionClaims(token);
      return claims && (await loadSessionViewer(claims.sid, claims.userId, claims.pwv))
        ? token
        : null;
    },
  },
  events: {
    // 로그아웃 (the server action) and next-auth's own POST /api/auth/signout both end here:
    // the session is revoked on the server, so a copy of the cookie no longer works, and this
    // browser's push subscriptions are deleted (lib/push/subscriptions.ts).
    async signOut(message) {
      const claims = "token" in message ? sessionClaims(message.token) : null;
      if (claims) {
        await revokeSession(claims.sid);
        await deleteSessionPushSubscriptions(claims.sid);
      }
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          // The form's sign-in: next-auth builds `request` from the incoming request's headers.
          const user = await signInWithPassword(parsed.data, new Date(), {
            address: clientAddress(request.headers),
          });
          return {
            id: String(user.id),
            email: user.email,
            name: user.nickname,
            passwordVersion: user.passwordVersion,
          };
        } catch (e) {
          if (isAppError(e) && e.code === "RATE_LIMITED")
            throw new RateLimitedSignin(e.retryAfter ?? 60);
          if (isAppError(e) && e.code === "UNAUTHENTICATED") return null;
          throw e;
        }
      },
    }),
  ],
}));
