import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/auth/schemas";

// 비밀번호 찾기 and 회원 탈퇴 input, shared by the API handlers, the pages' forms and their actions.

export const passwordResetRequestSchema = z.object({ email: emailSchema });
export type PasswordResetRequestInput = z.infer<typeof passwordResetRequestSchema>;

export const passwordResetConfirmSchema = z.object({
  token: z
    .string({ error: "재설정 링크가 올바르지 않습니다." })
    .trim()
    .min(1, "재설정 링크가 올바르지 않습니다.")
    .max(200, "재설정 링크가 올바르지 않습니다."),
  password: passwordSchema,
});
export type PasswordResetConfirmInput = z.infer<typeof passwordResetConfirmSchema>;

/** The browser form also asks for the new password twice. */
export const passwordResetFormSchema = passwordResetConfirmSchema
  .extend({ passwordConfirm: z.string({ error: "새 비밀번호를 한 번 더 입력해 주세요." }) })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ["passwordConfirm"],
    message: "새 비밀번호가 서로 다릅니다.",
  });

export const accountDeleteSchema = z.object({
  password: z
    .string({ error: "비밀번호를 입력해 주세요." })
    .min(1, "비밀번호를 입력해 주세요.")
    .max(200, "비밀번호가 너무 깁니다."),
});
export type AccountDeleteInput = z.infer<typeof accountDeleteSchema>;
