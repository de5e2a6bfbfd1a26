// POST /api/v1/auth/logout — revokes the refresh cookie's token family and clears the cookie (204)
import { noContent, withPublicApi } from "@/lib/http/with-api";
import { clearRefreshCookie, readRefreshCookie } from "@/lib/auth/refresh-cookie";
import { revokeRefreshToken } from "@/lib/auth/refresh-tokens";

export const POST = withPublicApi(
  async ({ req }) => {
    await revokeRefreshToken(readRefreshCookie(req));
    return clearRefreshCookie(noContent(), req);
  },
  { csrf: false },
); // its credential is the SameSite=Strict refresh cookie, not the session
