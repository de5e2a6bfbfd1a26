// POST /api/v1/me/verification/email/confirm — 학교 인증: the code → 200 { verification, schoolEmail }
import { withApi } from "@/lib/http/with-api";
import { confirmEmailCode } from "@/lib/verification/email";
import { emailCodeConfirmSchema } from "@/lib/verification/schemas";

export const POST = withApi(
  async ({ viewer, body }) => confirmEmailCode(viewer, await body(emailCodeConfirmSchema)),
  { access: "account" },
);
