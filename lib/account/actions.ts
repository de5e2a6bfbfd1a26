"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { z } from "zod";
import { clientAddress } from "@/lib/http/client-address";
import { withAction, withPublicAction } from "@/lib/http/with-action";
import { signOut } from "@/lib/auth/auth";
import { deleteAccount } from "./delete";
import { confirmPasswordReset, requestPasswordReset } from "./password-reset";
import {
  accountDeleteSchema,
  passwordResetFormSchema,
  passwordResetRequestSchema,
} from "./schemas";

// 비밀번호 찾기 (/forgot-password, /reset-password) and 회원 탈퇴 (내 정보): the same services as the API.

export const requestResetAction = withPublicAction(
  { name: "requestPasswordReset", schema: passwordResetRequestSchema },
  async ({ input }) => {
    await requestPasswordReset(input, { address: clientAddress(await headers()) });
    return {
      message:
        "입력한 이메일로 가입된 계정이 있으면 비밀번호 재설정 링크를 보냈습니다. 메일함을 확인해 주세요. 링크는 60분 동안 쓸 수 있습니다.",
    };
  },
);

export const confirmResetAction = withPublicAction(
  { name: "confirmPasswordReset", schema: passwordResetFormSchema },
  async ({ input }) => {
    await confirmPasswordReset({ token: input.token, password: input.password });
    redirect("/login?reset=done");
  },
);

/** 회원 탈퇴: erased, signed out, to the login page. */
export const deleteAccountAction = withAction(
  {
    name: "deleteAccount",
    access: "account",
    schema: accountDeleteSchema.extend({
      confirm: z.literal("on", { error: "탈퇴하면 되돌릴 수 없다는 것을 확인해 주세요." }),
    }),
  },
  async ({ viewer, input }) => {
    await deleteAccount(viewer, { password: input.password });
    await signOut({ redirectTo: "/login?deleted=1" });
  },
);
