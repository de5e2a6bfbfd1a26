import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { singleLineText } from "@/lib/validation/text";

// 학교 인증 input, shared by the API handlers, the 학교 인증 page's forms and their actions.

export const emailCodeRequestSchema = z.object({ schoolEmail: emailSchema });
export type EmailCodeRequestInput = z.infer<typeof emailCodeRequestSchema>;

export const CODE_LENGTH = 6;

export const emailCodeConfirmSchema = z.object({
  code: z
    .string({ error: "인증 코드를 입력해 주세요." })
    .trim()
    .regex(/^\d{6}$/, "인증 코드는 숫자 6자리입니다."),
});
export type EmailCodeConfirmInput = z.infer<typeof emailCodeConfirmSchema>;

/** The documents a student may send instead of a school e-mail, by the level each proves. */
export const DOCUMENT_KINDS = ["STUDENT", "FRESHMAN", "GRADUATE"] as const;
export const DOCUMENT_LABELS: Record<(typeof DOCUMENT_KINDS)[number], string> = {
  STUDENT: "학생증 (재학생)",
  FRESHMAN: "합격증명서 (새내기)",
  GRADUATE: "졸업증명서 (졸업생)",
};
export const documentKindSchema = z.enum(DOCUMENT_KINDS, {
  error: "학생증, 합격증명서, 졸업증명서 중 하나를 골라 주세요.",
});

export const documentDecisionSchema = z.object({
  decision: z.enum(["APPROVE", "REJECT"], { error: "APPROVE 또는 REJECT를 골라 주세요." }),
  reason: singleLineText()
    .pipe(z.string().trim().max(200, "사유는 200자까지 쓸 수 있습니다."))
    .optional(),
});
export type DocumentDecisionInput = z.infer<typeof documentDecisionSchema>;
