// POST /api/v1/auth/signup — 회원가입 → 201 { user }
import { created, withPublicApi } from "@/lib/http/with-api";
import { signupSchema } from "@/lib/auth/schemas";
import { createAccount } from "@/lib/auth/signup";

export const POST = withPublicApi(async ({ body }) => {
  const user = await createAccount(await body(signupSchema));
  return created({ user });
});
