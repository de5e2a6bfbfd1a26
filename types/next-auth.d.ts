// What Campustime adds to next-auth's user and token (see lib/auth/auth.ts).
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    /** Digest of the password hash at sign-in (lib/auth/password.ts passwordVersion). */
    passwordVersion?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The passwordVersion the session was issued for; a changed password ends the session. */
    pwv?: string;
    /** The Session row of this sign-in (lib/auth/sessions.ts); revoked on 로그아웃. */
    sid?: string;
  }
}
