"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/http/client-address";
import { AppError } from "@/lib/http/errors";
import { withAction, withPublicAction } from "@/lib/http/with-action";
import { isCredentialsSignin, RateLimitedSignin, signIn, signOut } from "@/lib/auth/auth";
import { changeNickname, changePassword } from "@/lib/auth/account";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { createAccount } from "@/lib/auth/signup";
import {
  credentialsSchema,
  nicknameChangeSchema,
  passwordChangeFormSchema,
  signupSchema,
} from "@/lib/auth/schemas";
import { INVALID_CREDENTIALS_MESSAGE, rateLimitedMessage } from "@/lib/auth/sign-in";

// The sign-in, signup and 내 정보 actions, made by withAction like every other: a refusal comes
// back as the one ActionState (the password is never handed back to the form).

/**
 * Signs in through next-auth (sets the session cookie) and redirects: the redirect is thrown
 * and passes through withAction. A refused login is an AppError like any other.
 */
async function signInAndRedirect(
  email: string,
  password: string,
  redirectTo: string,
): Promise<void> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (e) {
    if (e instanceof RateLimitedSignin)
      throw new AppError("RATE_LIMITED", rateLimitedMessage(e.retryAfter), {
        retryAfter: e.retryAfter,
      });
    // Also when next-auth's bundled copy of the class differs: the code travels with the error.
    if (isCredentialsSignin(e) && e.code === "rate_limited")
      throw new AppError("RATE_LIMITED", rateLimitedMessage(900), { retryAfter: 900 });
    if (isCredentialsSignin(e)) throw new AppError("UNAUTHENTICATED", INVALID_CREDENTIALS_MESSAGE);
    throw e; // NEXT_REDIRECT on success, or a real failure
  }
}

const loginFormSchema = credentialsSchema.extend({
  callbackUrl: z.unknown().transform(safeCallbackUrl),
});

/** 로그인 form. */
export const loginAction = withPublicAction(
  { name: "login", schema: loginFormSchema },
  async ({ input }) => {
    await signInAndRedirect(input.email, input.password, input.callbackUrl);
  },
);

/** 회원가입 form: the same service as POST /api/v1/auth/signup, then signed in and home. */
export const signupAction = withPublicAction(
  { name: "signup", schema: signupSchema },
  async ({ input }) => {
    await createAccount(input, { address: clientAddress(await headers()) });
    await signInAndRedirect(input.email, input.password, "/");
  },
);

/** 로그아웃 from the navigation: ends the next-auth session and goes to /login. */
export const signOutAction = withPublicAction(
  { name: "signOut", schema: z.unknown() },
  async () => {
    await signOut({ redirectTo: "/login" });
  },
);

/** 내 정보 › 닉네임 변경. */
export const changeNicknameAction = withAction(
  { name: "changeNickname", access: "account", schema: nicknameChangeSchema },
  async ({ viewer, input }) => {
    const account = await changeNickname(viewer, input);
    revalidatePath("/", "layout"); // the header shows the nickname
    return { message: "닉네임을 변경했습니다.", values: { nickname: account.nickname } };
  },
);

/**
 * 내 정보 › 비밀번호 변경. The new password ends every other session (and the API's refresh
 * tokens); this browser signs in again with it and comes back to /me.
 */
export const changePasswordAction = withAction(
  { name: "changePassword", access: "account", schema: passwordChangeFormSchema },
  async ({ viewer, input }) => {
    const { email } = await changePassword(viewer, input);
    await signInAndRedirect(email, input.newPassword, "/me?changed=password");
  },
);
