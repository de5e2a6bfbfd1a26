import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "@/lib/auth/auth.config";
import { credentialsSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { authSecret } from "@/lib/env";
import { isAppError } from "@/lib/http/errors";

/** Thrown to the login form when the email is throttled; `code` reaches the action. */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

// Lazy config: AUTH_SECRET is read per request, not while `next build` imports this module.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...authConfig,
  secret: authSecret(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        try {
          const user = await signInWithPassword(parsed.data);
          return { id: String(user.id), email: user.email, name: user.nickname };
        } catch (e) {
          if (isAppError(e) && e.code === "RATE_LIMITED") throw new RateLimitedSignin();
          return null;
        }
      },
    }),
  ],
}));
