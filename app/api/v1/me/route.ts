// GET /api/v1/me — 내 정보; PATCH /api/v1/me — change nickname and/or password (beyond SPEC, see docs/DECISIONS.md)
import { withApi } from "@/lib/http/with-api";
import { getAccount, updateAccount } from "@/lib/auth/account";
import { accountUpdateSchema } from "@/lib/auth/schemas";

export const GET = withApi(({ viewer }) => getAccount(viewer), { access: "account" });

export const PATCH = withApi(
  async ({ viewer, body }) => updateAccount(viewer, await body(accountUpdateSchema)),
  { access: "account" },
);
