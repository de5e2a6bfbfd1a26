"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { isAppError } from "@/lib/http/errors";
import { zodFieldErrors } from "@/lib/http/zod-fields";
import { isCredentialsSignin, RateLimitedSignin, signIn, signOut } from "@/lib/auth/auth";
import { changeNickname, changePassword } from "@/lib/auth/account";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import type { AuthFormState } from "@/lib/auth/form-state";
import { createAccount } from "@/lib/auth/signup";
import { credentialsSchema, nicknameChangeSchema, passwordChangeFormSchema, signupSchema } from "@/lib/auth/schemas";
import { INVALID_CREDENTIALS_MESSAGE, rateLimitedMessage } from "@/lib/auth/sign-in";
import { requireViewer } from "@/lib/auth/viewer";

const FIX_FIELDS = "입력한 내용을 확인해 주세요.";
const SERVER_ERROR = "서버 오류가 발생했습니다. 잠시 후 다시 시도해 주세요.";

function text(formData: FormData, name: string): string {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
}

function failure(e: unknown, where: string, values?: Record<string, string>): AuthFormState {
  if (isAppError(e)) return { status: "error", message: e.message, fields: e.fields, values };
  if (e instanceof ZodError) return { status: "error", message: FIX_FIELDS, fields: zodFieldErrors(e), values };
  console.error(`[action] ${where} failed:`, e);
  return { status: "error", message: SERVER_ERROR, values };
}

/**
 * Signs in through next-auth (sets the session cookie) and redirects. Returns a form state
 * only when the login is refused; the redirect itself is thrown and must not be caught.
 */
async function signInAndRedirect(email: string, password: string, redirectTo: string): Promise<AuthFormState> {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (e) {
    if (e instanceof RateLimitedSignin) return { status: "error", message: rateLimitedMessage(e.retryAfter), values: { email } };
    // Also when next-auth's bundled copy of the class differs: the code travels with the error.
    if (isCredentialsSignin(e) && e.code === "rate_limited") return { status: "error", message: rateLimitedMessage(900), values: { email } };
    if (isCredentialsSignin(e)) return { status: "error", message: INVALID_CREDENTIALS_MESSAGE, values: { email } };
    throw e; // NEXT_REDIRECT on success, or a real failure for the error page
  }
  return { status: "success" };
}

/** 로그인 form. */
export async function loginAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: text(formData, "email") };
  const parsed = credentialsSchema.safeParse({ email: values.email, password: text(formData, "password") });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: zodFieldErrors(parsed.error), values };
  return signInAndRedirect(parsed.data.email, parsed.data.password, safeCallbackUrl(formData.get("callbackUrl")));
}

/** 회원가입 form: the same service as POST /api/v1/auth/signup, then signed in and home. */
export async function signupAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const values = { email: text(formData, "email"), nickname: text(formData, "nickname"), schoolId: text(formData, "schoolId") };
  const parsed = signupSchema.safeParse({ ...values, password: text(formData, "password") });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: zodFieldErrors(parsed.error), values };
  try {
    await createAccount(parsed.data, { address: clientAddress(await headers()) });
  } catch (e) {
    return failure(e, "signup", values);
  }
  return signInAndRedirect(parsed.data.email, parsed.data.password, "/");
}

/** 로그아웃 from the navigation: ends the next-auth session and goes to /login. */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

/** 내 정보 › 닉네임 변경. */
export async function changeNicknameAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const viewer = await requireViewer();
  const values = { nickname: text(formData, "nickname") };
  const parsed = nicknameChangeSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: zodFieldErrors(parsed.error), values };
  try {
    const account = await changeNickname(viewer, parsed.data);
    revalidatePath("/", "layout"); // the header shows the nickname
    return { status: "success", message: "닉네임을 변경했습니다.", values: { nickname: account.nickname } };
  } catch (e) {
    return failure(e, "changeNickname", values);
  }
}

/**
 * 내 정보 › 비밀번호 변경. The new password ends every other session (and the API's refresh
 * tokens); this browser signs in again with it and comes back to /me.
 */
export async function changePasswordAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const viewer = await requireViewer();
  const parsed = passwordChangeFormSchema.safeParse({
    currentPassword: text(formData, "currentPassword"),
    newPassword: text(formData, "newPassword"),
    newPasswordConfirm: text(formData, "newPasswordConfirm"),
  });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fields: zodFieldErrors(parsed.error) };
  let email: string;
  try {
    email = (await changePassword(viewer, parsed.data)).email;
  } catch (e) {
    return failure(e, "changePassword");
  }
  return signInAndRedirect(email, parsed.data.newPassword, "/me?changed=password");
}
