import { z } from "zod";
import { idFromText } from "@/lib/validation/id";
import { singleLineText } from "@/lib/validation/text";
import {
  NICKNAME_MAX,
  NICKNAME_MIN,
  nicknameProblem,
  normalizeNickname,
} from "@/lib/validation/nickname";

// Shared by the signup/login/내 정보 forms, their server actions and the /api/v1 auth handlers.

export const emailSchema = singleLineText("이메일을 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "이메일을 입력해 주세요.")
    .max(254, "이메일이 너무 깁니다.")
    .pipe(z.email({ error: "올바른 이메일 형식이 아닙니다." })),
);

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 72;

export const passwordSchema = z
  .string({ error: "비밀번호를 입력해 주세요." })
  .min(PASSWORD_MIN, `비밀번호는 ${PASSWORD_MIN}자 이상이어야 합니다.`)
  .max(PASSWORD_MAX, `비밀번호는 ${PASSWORD_MAX}자 이하여야 합니다.`);

export { NICKNAME_MAX, NICKNAME_MIN };

/** A nickname as lib/validation/nickname.ts allows it, NFKC-normalised and trimmed. */
export const nicknameSchema = singleLineText("닉네임을 입력해 주세요.")
  .transform(normalizeNickname)
  .pipe(
    z
      .string()
      .min(NICKNAME_MIN, `닉네임은 ${NICKNAME_MIN}자 이상이어야 합니다.`)
      .max(NICKNAME_MAX, `닉네임은 ${NICKNAME_MAX}자 이하여야 합니다.`)
      .superRefine((s, ctx) => {
        const problem = nicknameProblem(s);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  );

/** Login: any non-empty password is checked (length rules are for choosing one, not for typing it). */
export const credentialsSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "비밀번호를 입력해 주세요." })
    .min(1, "비밀번호를 입력해 주세요.")
    .max(200, "비밀번호가 너무 깁니다."),
});
export type Credentials = z.infer<typeof credentialsSchema>;

// A form sends the id as a string, a JSON client as a number; nothing else (true, null, "") is an id.
const schoolIdSchema = idFromText("학교를 선택해 주세요.");

export const signupSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  nickname: nicknameSchema,
  schoolId: schoolIdSchema,
});
export type SignupInput = z.infer<typeof signupSchema>;

/** 내 정보 › 닉네임 변경. */
export const nicknameChangeSchema = z.object({ nickname: nicknameSchema });
export type NicknameChangeInput = z.infer<typeof nicknameChangeSchema>;

const currentPasswordSchema = z
  .string({ error: "현재 비밀번호를 입력해 주세요." })
  .min(1, "현재 비밀번호를 입력해 주세요.")
  .max(200, "비밀번호가 너무 깁니다.");

/** 내 정보 › 비밀번호 변경. */
export const passwordChangeSchema = z.object({
  currentPassword: currentPasswordSchema,
  newPassword: passwordSchema,
});
export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;

/** The browser form also asks for the new password twice. */
export const passwordChangeFormSchema = passwordChangeSchema
  .extend({ newPasswordConfirm: z.string({ error: "새 비밀번호를 한 번 더 입력해 주세요." }) })
  .refine((v) => v.newPassword === v.newPasswordConfirm, {
    path: ["newPasswordConfirm"],
    message: "새 비밀번호가 서로 다릅니다.",
  });

/** PATCH /api/v1/me: any of nickname and password; a new password needs the current one. */
export const accountUpdateSchema = z
  .object({
    nickname: nicknameSchema.optional(),
    currentPassword: currentPasswordSchema.optional(),
    newPassword: passwordSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.newPassword !== undefined && v.currentPassword === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["currentPassword"],
        message: "현재 비밀번호를 입력해 주세요.",
      });
    }
    if (v.currentPassword !== undefined && v.newPassword === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["newPassword"],
        message: "새 비밀번호를 입력해 주세요.",
      });
    }
  });
export type AccountUpdateInput = z.infer<typeof accountUpdateSchema>;
