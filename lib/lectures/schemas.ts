import { z } from "zod";
import { limitSchema } from "@/lib/http/cursor";
import { idFromText } from "@/lib/validation/id";
import { plainText, singleLineText } from "@/lib/validation/text";

// Client-safe: shared by the lecture search, the review form, their server actions and /api/v1.

export const SEMESTER_PATTERN = /^\d{4}-(1|2|S|W)$/;

export const semesterSchema = singleLineText("학기를 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .regex(SEMESTER_PATTERN, "학기는 2026-1, 2026-S, 2026-2, 2026-W 형식이어야 합니다."),
);

/** Search terms are at least 2 characters (SPEC); an empty term means "no search". */
export const searchTermSchema = singleLineText()
  .pipe(z.string().trim().max(50, "검색어는 50자 이하여야 합니다."))
  .transform((s) => (s === "" ? undefined : s))
  .pipe(z.string().min(2, "검색어는 2자 이상 입력해 주세요.").optional());

const positiveId = (what: string) => idFromText(`${what}가 올바르지 않습니다.`);

export const lectureListQuerySchema = z.object({
  semester: semesterSchema.optional(),
  domainId: z.preprocess((v) => (v === "" ? undefined : v), positiveId("domainId").optional()),
  q: searchTermSchema.optional(),
  limit: limitSchema,
  cursor: z.string().max(500).optional(),
});
export type LectureListQuery = z.infer<typeof lectureListQuerySchema>;

export const domainChildrenQuerySchema = z.object({
  parentId: z.preprocess((v) => (v === "" ? undefined : v), positiveId("parentId").optional()),
});

export const AMOUNTS = ["NONE", "NORMAL", "MANY"] as const;
export const GRADINGS = ["GENEROUS", "FAIR", "STRICT", "HARSH"] as const;
export const ATTENDANCES = ["NONE", "SOMETIMES", "ALWAYS", "STRICT"] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(values, { error: message }).optional(),
  );

export const REVIEW_MIN_LENGTH = 20;
export const REVIEW_MAX_LENGTH = 2000;

export const reviewInputSchema = z.object({
  rating: z.coerce
    .number({ error: "총점을 선택해 주세요." })
    .int("총점은 1–5 사이의 정수입니다.")
    .min(1, "총점은 1–5 사이의 정수입니다.")
    .max(5, "총점은 1–5 사이의 정수입니다."),
  content: plainText("강의평을 입력해 주세요.").pipe(
    z
      .string()
      .trim()
      .min(REVIEW_MIN_LENGTH, `강의평은 ${REVIEW_MIN_LENGTH}자 이상 작성해 주세요.`)
      .max(REVIEW_MAX_LENGTH, `강의평은 ${REVIEW_MAX_LENGTH}자 이하로 작성해 주세요.`),
  ),
  semester: semesterSchema,
  assignment: optionalEnum(AMOUNTS, "과제 항목이 올바르지 않습니다."),
  teamProject: optionalEnum(AMOUNTS, "조모임 항목이 올바르지 않습니다."),
  grading: optionalEnum(GRADINGS, "학점 항목이 올바르지 않습니다."),
  attendance: optionalEnum(ATTENDANCES, "출결 항목이 올바르지 않습니다."),
  examCount: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce
      .number({ error: "시험 횟수가 올바르지 않습니다." })
      .int("시험 횟수는 정수입니다.")
      .min(0, "시험 횟수는 0 이상입니다.")
      .max(10, "시험 횟수는 10 이하입니다.")
      .optional(),
  ),
});
export type ReviewInput = z.infer<typeof reviewInputSchema>;
