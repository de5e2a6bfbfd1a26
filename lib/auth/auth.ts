import "server-only";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { prisma } from "@/lib/db";
import { authConfig } from "@/lib/auth/auth.config";
import { passwordVersion } from "@/lib/auth/password";
import { credentialsSchema } from "@/lib/auth/schemas";
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

/** A session is valid while its account is active and its password unchanged since sign-in. */
async function sessionStillValid(sub: string | undefined, pwv: string | undefined): Promise<boolean> {
  const id = Number(sub);
  if (!Number.isSafeInteger(id) || id <= 0 || !pwv) return false;
  const user = await prisma.user.findUnique({ where: { id }, select: { isActive: true, passwordHash: true } });
  return !!user && user.isActive && passwordVersion(user.passwordHash) === pwv;
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
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      console.error(`[auth][error] ${name}: ${error.message}`, cause instanceof Error ? cause : "");
    },
  },
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = String(user.id);
        token.pwv = user.passwordVersion;
        return token;
      }
      // Every later read of the session: a deactivated account or a changed password ends it
      // (null clears the cookie where the response can still set one).
      return (await sessionStillValid(token.sub, token.pwv)) ? token : null;
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
          const user = await signInWithPassword(parsed.data, new Date(), { address: clientAddress(request.headers) });
          return { id: String(user.id), email: user.email, name: user.nickname, passwordVersion: user.passwordVersion };
        } catch (e) {
          if (isAppError(e) && e.code === "RATE_LIMITED") throw new RateLimitedSignin(e.retryAfter ?? 60);
          if (isAppError(e) && e.code === "UNAUTHENTICATED") return null;
          throw e;
        }
      },
    }),
  ],
}));
