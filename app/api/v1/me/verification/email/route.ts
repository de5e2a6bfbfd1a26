// POST /api/v1/me/verification/email — 학교 인증: mail a 6-digit code to a school address → 202 { sentTo, expiresAt }
import { accepted, withApi } from "@/lib/http/with-api";
import { requestEmailCode } from "@/lib/verification/email";
import { emailCodeRequestSchema } from "@/lib/verification/schemas";

export const POST = withApi(
  async ({ viewer, body }) =>
    accepted(await requestEmailCode(viewer, await body(emailCodeRequestSchema))),
  { access: "account" },
);
