import { z } from "zod";
import { semesterSchema } from "@/lib/lectures/schemas";
import { singleLineText } from "@/lib/validation/text";
import { normalizeGrade } from "./gpa";

// Client-safe: PUT /api/v1/me/grades/:semester and the 학점 계산기 page's action.

export const GRADE_ITEMS_MAX = 30;
export const GRADE_SEMESTERS_MAX = 40;

export const gradeItemSchema = z.object({
  name: singleLineText("과목명을 입력해 주세요.")
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "과목명을 입력해 주세요.").max(50, "과목명은 50자 이하여야 합니다.")),
  credits: z
    .number({ error: "학점은 숫자입니다." })
    .min(0, "학점은 0 이상입니다.")
    .max(10, "학점은 10 이하입니다.")
    .refine((n) => Number.isInteger(n * 2), "학점은 0.5 단위입니다."),
  grade: z
    .string({ error: "성적을 골라 주세요." })
    .max(5, "성적은 A+…F, P, NP 중 하나입니다.")
    .transform((s, ctx) => {
      const g = normalizeGrade(s);
      if (!g) {
        ctx.addIssue({
          code: "custom",
          message: "성적은 A+, A0(A), B+, B0(B), C+, C0(C), D+, D0(D), F, P, NP 중 하나입니다.",
        });
        return z.NEVER;
      }
      return g;
    }),
  isMajor: z.boolean({ error: "전공 여부는 true 또는 false입니다." }).default(false),
});

export const putGradesSchema = z.object({
  items: z
    .array(gradeItemSchema, { error: "items는 과목 목록입니다." })
    .max(GRADE_ITEMS_MAX, `한 학기에 과목은 ${GRADE_ITEMS_MAX}개까지입니다.`),
});
export type PutGradesInput = z.infer<typeof putGradesSchema>;

export const gradeSemesterParamSchema = semesterSchema;
