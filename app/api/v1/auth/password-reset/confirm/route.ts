// POST /api/v1/auth/password-reset/confirm — a new password with the mailed token → 204 (every session ends)
import { noContent, withPublicApi } from "@/lib/http/with-api";
import { confirmPasswordReset } from "@/lib/account/password-reset";
import { passwordResetConfirmSchema } from "@/lib/account/schemas";

export const POST = withPublicApi(async ({ body }) => {
  await confirmPasswordReset(await body(passwordResetConfirmSchema));
  return noContent();
});
