// POST /api/v1/auth/token — 로그인: access token in the body, refresh token in an HttpOnly cookie
import { NextResponse } from "next/server";
import { withPublicApi } from "@/lib/http/with-api";
import { unauthenticated } from "@/lib/http/errors";
import { accessTokenTtlSeconds, signAccessToken } from "@/lib/auth/access-token";
import { findAccount } from "@/lib/auth/account";
import { setRefreshCookie } from "@/lib/auth/refresh-cookie";
import { issueRefreshToken } from "@/lib/auth/refresh-tokens";
import { credentialsSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/http/client-address";

export const POST = withPublicApi(async ({ req, body }) => {
  const signedIn = await signInWithPassword(await body(credentialsSchema), new Date(), {
    address: clientAddress(req.headers),
  });
  const user = await findAccount(signedIn.id);
  if (!user) throw unauthenticated();
  const refresh = await issueRefreshToken(user.id);
  const accessToken = await signAccessToken(user.id, Date.now(), { familyId: refresh.familyId });
  const res = NextResponse.json(
    { accessToken, tokenType: "Bearer", expiresIn: accessTokenTtlSeconds(), user },
    { headers: { "Cache-Control": "no-store" } },
  );
  return setRefreshCookie(res, req, refresh.token);
});
