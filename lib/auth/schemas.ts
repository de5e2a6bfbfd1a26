import { z } from "zod";
import { idFromText } from "@/lib/validation/id";
import { singleLineText } from "@/lib/validation/text";

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

export const NICKNAME_MIN = 2;
export const NICKNAME_MAX = 20;

export const nicknameSchema = singleLineText("닉네임을 입력해 주세요.")
  // One spelling per look: decomposed Hangul (as macOS may send it) or full-width letters would
  // otherwise pass as a different nickname, or slip a decomposed 익명 past the check below.
  .transform((s) => s.normalize("NFKC").trim())
  .pipe(
    z
      .string()
      .min(NICKNAME_MIN, `닉네임은 ${NICKNAME_MIN}자 이상이어야 합니다.`)
      .max(NICKNAME_MAX, `닉네임은 ${NICKNAME_MAX}자 이하여야 합니다.`)
      // Control and invisible format characters would break or disguise every list it is shown in.
      .refine(
        (s) => !/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(s),
        "닉네임에 쓸 수 없는 문자가 들어 있습니다.",
      )
      // Anonymous authors are shown as 익명, 익명1, 익명(글쓴이): no real nickname may look like one.
      .refine((s) => !/^익명/.test(s), "'익명'으로 시작하는 닉네임은 쓸 수 없습니다."),
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
