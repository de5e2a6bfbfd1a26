import { z } from "zod";

// Shared by the signup/login forms, their server actions and the /api/v1/auth handlers.

export const emailSchema = z
  .string({ error: "이메일을 입력해 주세요." })
  .trim()
  .toLowerCase()
  .min(1, "이메일을 입력해 주세요.")
  .max(254, "이메일이 너무 깁니다.")
  .pipe(z.email({ error: "올바른 이메일 형식이 아닙니다." }));

export const passwordSchema = z
  .string({ error: "비밀번호를 입력해 주세요." })
  .min(8, "비밀번호는 8자 이상이어야 합니다.")
  .max(72, "비밀번호는 72자 이하여야 합니다.");

export const nicknameSchema = z
  .string({ error: "닉네임을 입력해 주세요." })
  .trim()
  .min(2, "닉네임은 2자 이상이어야 합니다.")
  .max(20, "닉네임은 20자 이하여야 합니다.")
  .refine((s) => !/^익명/.test(s), "'익명'으로 시작하는 닉네임은 쓸 수 없습니다.");

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "비밀번호를 입력해 주세요." }).min(1, "비밀번호를 입력해 주세요.").max(200),
});
export type Credentials = z.infer<typeof credentialsSchema>;

export const signupSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  nickname: nicknameSchema,
  schoolId: z.coerce
    .number({ error: "학교를 선택해 주세요." })
    .int("학교를 선택해 주세요.")
    .positive("학교를 선택해 주세요."),
});
export type SignupInput = z.infer<typeof signupSchema>;
