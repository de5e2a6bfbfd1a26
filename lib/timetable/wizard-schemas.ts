import { z } from "zod";
import { limitSchema } from "@/lib/http/cursor";
import { WEEKDAYS } from "@/lib/lectures/format";
import { semesterSchema } from "@/lib/lectures/schemas";
import { idSchema } from "@/lib/validation/id";
import { clockSchema } from "./schemas";

// Client-safe: POST /api/v1/timetable-wizard and the wizard page's action.

export const WIZARD_MAX_COURSES = 15;
export const WIZARD_MAX_SECTIONS = 20;
export const WIZARD_MAX_LECTURES = 200;

export const wizardInputSchema = z
  .object({
    semester: semesterSchema,
    courses: z
      .array(
        z
          .array(idSchema("수업 id가 올바르지 않습니다."), {
            error: "과목마다 분반 id 목록을 보내 주세요.",
          })
          .min(1, "과목마다 분반을 하나 이상 골라 주세요.")
          .max(WIZARD_MAX_SECTIONS, `과목마다 분반은 ${WIZARD_MAX_SECTIONS}개까지입니다.`),
        { error: "courses는 과목별 분반 id 목록의 목록입니다." },
      )
      .min(1, "과목을 하나 이상 골라 주세요.")
      .max(WIZARD_MAX_COURSES, `과목은 ${WIZARD_MAX_COURSES}개까지 고를 수 있습니다.`),
    keep: z
      .array(idSchema("수업 id가 올바르지 않습니다."))
      .max(WIZARD_MAX_COURSES, `꼭 넣을 수업은 ${WIZARD_MAX_COURSES}개까지입니다.`)
      .optional(),
    freeDays: z
      .array(z.enum(WEEKDAYS, { error: "요일은 MON…SUN 중 하나입니다." }))
      .max(7)
      .optional(),
    earliest: clockSchema.optional(),
    latest: clockSchema.optional(),
    maxCredits: z
      .number({ error: "최대 학점은 숫자입니다." })
      .int("최대 학점은 정수입니다.")
      .min(1, "최대 학점은 1 이상입니다.")
      .max(40, "최대 학점은 40 이하입니다.")
      .optional(),
  })
  .refine((v) => v.earliest === undefined || v.latest === undefined || v.earliest < v.latest, {
    message: "가장 늦은 끝 시간은 가장 이른 시작 시간보다 늦어야 합니다.",
    path: ["latest"],
  })
  .refine((v) => new Set([...v.courses.flat(), ...(v.keep ?? [])]).size <= WIZARD_MAX_LECTURES, {
    message: `수업은 모두 ${WIZARD_MAX_LECTURES}개까지 고를 수 있습니다.`,
    path: ["courses"],
  });
export type WizardRequest = z.infer<typeof wizardInputSchema>;

export const wizardQuerySchema = z.object({ limit: limitSchema });
