// POST /api/v1/auth/refresh — a new access token for the refresh cookie, which rotates
import { NextResponse } from "next/server";
import { toErrorResponse, withPublicApi } from "@/lib/http/with-api";
import { accessTokenTtlSeconds, signAccessToken } from "@/lib/auth/access-token";
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from "@/lib/auth/refresh-cookie";
import { rotateRefreshToken } from "@/lib/auth/refresh-tokens";

export const POST = withPublicApi(
  async ({ req }) => {
    let refresh;
    try {
      refresh = await rotateRefreshToken(readRefreshCookie(req));
    } catch (e) {
      // 401 (missing, expired, revoked, reused): the cookie is of no use any more.
      return clearRefreshCookie(toErrorResponse(e, "POST /api/v1/auth/refresh"), req);
    }
    const accessToken = await signAccessToken(refresh.userId, Date.now(), {
      familyId: refresh.familyId,
    });
    const res = NextResponse.json(
      { accessToken, expiresIn: accessTokenTtlSeconds() },
      { headers: { "Cache-Control": "no-store" } },
    );
    return setRefreshCookie(res, req, refresh.token);
  },
  { csrf: false },
); // its credential is the SameSite=Strict refresh cookie, not the session
