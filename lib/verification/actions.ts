"use server";

import { revalidatePath } from "next/cache";
import { withAction } from "@/lib/http/with-action";
import { confirmEmailCode, requestEmailCode, type CodeRequestResult } from "./email";
import { emailCodeConfirmSchema, emailCodeRequestSchema } from "./schemas";

// The 학교 인증 page's forms: the same services as POST /api/v1/me/verification/email(/confirm).

/** 인증 코드 받기 (and 다시 받기). */
export const requestCodeAction = withAction<typeof emailCodeRequestSchema, CodeRequestResult>(
  { name: "requestVerificationCode", access: "account", schema: emailCodeRequestSchema },
  async ({ viewer, input }) => {
    const sent = await requestEmailCode(viewer, input);
    return {
      message: `${sent.sentTo}(으)로 인증 코드를 보냈습니다. 메일함을 확인해 주세요.`,
      data: sent,
      values: { schoolEmail: sent.sentTo },
    };
  },
);

/** 인증하기: the code; on success the whole app opens up. */
export const confirmCodeAction = withAction(
  { name: "confirmVerificationCode", access: "account", schema: emailCodeConfirmSchema },
  async ({ viewer, input }) => {
    await confirmEmailCode(viewer, input);
    revalidatePath("/", "layout");
    return { message: "학교 인증을 마쳤습니다. 이제 학교 커뮤니티를 이용할 수 있어요." };
  },
);
