// POST /api/v1/auth/password-reset — 비밀번호 찾기: mail a reset link → 202 {} whether or not an account has the address
import { accepted, withPublicApi } from "@/lib/http/with-api";
import { clientAddress } from "@/lib/http/client-address";
import { requestPasswordReset } from "@/lib/account/password-reset";
import { passwordResetRequestSchema } from "@/lib/account/schemas";

export const POST = withPublicApi(async ({ req, body }) => {
  await requestPasswordReset(await body(passwordResetRequestSchema), {
    address: clientAddress(req.headers),
  });
  return accepted({});
});
