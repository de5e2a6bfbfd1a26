import type { FieldErrors } from "@/lib/http/errors";

/**
 * What the sign-in, signup and 내 정보 forms get back from their server actions: a message for
 * the whole form, messages next to fields, and the values to put back (never a password).
 */
export type AuthFormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fields?: FieldErrors;
  values?: Record<string, string>;
};

export const initialAuthFormState: AuthFormState = { status: "idle" };
