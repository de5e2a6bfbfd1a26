// POST /api/v1/auth/signup — 회원가입 → 201 { user }
import { created, withPublicApi } from "@/lib/http/with-api";
import { signupSchema } from "@/lib/auth/schemas";
import { createAccount } from "@/lib/auth/signup";
import { clientAddress } from "@/lib/http/client-address";

export const POST = withPublicApi(async ({ req, body }) => {
  const user = await createAccount(await body(signupSchema), {
    address: clientAddress(req.headers),
  });
  return created({ user });
});
