// GET /api/v1/me — 내 정보; PATCH /api/v1/me — change nickname and/or password (beyond SPEC, see docs/DECISIONS.md);
// DELETE /api/v1/me — 회원 탈퇴 with the password → 204
import { noContent, withApi } from "@/lib/http/with-api";
import { getAccount, updateAccount } from "@/lib/auth/account";
import { accountUpdateSchema } from "@/lib/auth/schemas";
import { deleteAccount } from "@/lib/account/delete";
import { accountDeleteSchema } from "@/lib/account/schemas";

export const GET = withApi(({ viewer }) => getAccount(viewer), { access: "account" });

export const PATCH = withApi(
  async ({ viewer, body }) => updateAccount(viewer, await body(accountUpdateSchema)),
  { access: "account" },
);

export const DELETE = withApi(
  async ({ viewer, body }) => {
    await deleteAccount(viewer, await body(accountDeleteSchema));
    return noContent();
  },
  { access: "account" },
);
