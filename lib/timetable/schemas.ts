import { z } from "zod";
import { semesterSchema } from "@/lib/lectures/schemas";
import { idFromText } from "@/lib/validation/id";
import { WEEKDAYS } from "@/lib/lectures/format";
import { singleLineText } from "@/lib/validation/text";

// Client-safe: shared by the timetable page's forms, their server actions and /api/v1/timetables.

export const VISIBILITIES = ["PRIVATE", "FRIENDS", "PUBLIC"] as const;
export const VISIBILITY_LABEL = {
  PRIVATE: "나만 보기",
  FRIENDS: "친구 공개",
  PUBLIC: "전체 공개",
} as const;
/** What each 공개 범위 means for a primary timetable, in words (SPEC: only friends ever see one). */
export const VISIBILITY_HINT = {
  PRIVATE: "나만 볼 수 있습니다. 친구에게도 보이지 않습니다.",
  FRIENDS: "친구가 이 시간표를 볼 수 있습니다.",
  PUBLIC: "친구가 이 시간표를 볼 수 있습니다.",
} as const;
/**
 * A new timetable's 공개 범위: 친구 공개, as on Everytime, where friends see each other's timetables
 * without anyone having to find a setting first (docs/DECISIONS.md, "Craft (issue 12): timetable").
 */
export const DEFAULT_VISIBILITY = "FRIENDS" satisfies (typeof VISIBILITIES)[number];

export const timetableNameSchema = singleLineText("시간표 이름을 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .min(1, "시간표 이름을 입력해 주세요.")
    .max(30, "시간표 이름은 30자 이하여야 합니다."),
);

export const createTimetableSchema = z.object({
  name: timetableNameSchema,
  semester: semesterSchema,
});
export type CreateTimetableInput = z.infer<typeof createTimetableSchema>;

export const updateTimetableSchema = z.object({
  name: timetableNameSchema.optional(),
  isPrimary: z.boolean({ error: "isPrimary는 true 또는 false입니다." }).optional(),
  visibility: z
    .enum(VISIBILITIES, { error: "공개 범위는 PRIVATE, FRIENDS, PUBLIC 중 하나입니다." })
    .optional(),
});
export type UpdateTimetableInput = z.infer<typeof updateTimetableSchema>;

export const addLectureSchema = z.object({
  lectureId: idFromText("수업을 선택해 주세요."),
});

export const timetableListQuerySchema = z.object({ semester: semesterSchema.optional() });

// 직접 추가 (custom events). Times are "HH:MM" on a 24-hour clock, 00:00–24:00, start < end.
export const EVENT_TITLE_MAX = 40;
export const EVENT_PLACE_MAX = 40;
export const EVENT_TIMES_MAX = 14;
export const EVENTS_PER_TIMETABLE_MAX = 30;

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** "HH:MM" (00:00–24:00) → minutes from midnight. */
export const clockSchema = z
  .string({ error: "시간은 HH:MM 형식이어야 합니다." })
  .regex(CLOCK, "시간은 00:00–24:00 사이의 HH:MM 형식이어야 합니다.")
  .transform((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3, 5)));

export const eventTimeSchema = z
  .object({
    day: z.enum(WEEKDAYS, { error: "요일은 MON…SUN 중 하나입니다." }),
    start: clockSchema,
    end: clockSchema,
  })
  .refine((t) => t.start < t.end, {
    message: "끝나는 시간은 시작 시간보다 늦어야 합니다.",
    path: ["end"],
  });

const eventTimesSchema = z
  .array(eventTimeSchema, { error: "시간을 하나 이상 입력해 주세요." })
  .min(1, "시간을 하나 이상 입력해 주세요.")
  .max(EVENT_TIMES_MAX, `시간은 ${EVENT_TIMES_MAX}개까지 넣을 수 있습니다.`)
  .superRefine((times, ctx) => {
    for (let i = 0; i < times.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [times[i], times[j]];
        if (a.day === b.day && a.start < b.end && b.start < a.end) {
          ctx.addIssue({ code: "custom", message: "같은 일정의 시간끼리 겹칩니다.", path: [i] });
          return;
        }
      }
  });

const eventTitleSchema = singleLineText("일정 이름을 입력해 주세요.")
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, "일정 이름을 입력해 주세요.")
      .max(EVENT_TITLE_MAX, `일정 이름은 ${EVENT_TITLE_MAX}자 이하여야 합니다.`),
  );

const eventPlaceSchema = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  singleLineText("장소는 문자열이어야 합니다.")
    .transform((s) => s.trim())
    .pipe(z.string().max(EVENT_PLACE_MAX, `장소는 ${EVENT_PLACE_MAX}자 이하여야 합니다.`))
    .nullable()
    .optional(),
);

export const createEventSchema = z.object({
  title: eventTitleSchema,
  place: eventPlaceSchema,
  times: eventTimesSchema,
});
export type CreateEventInput = z.infer<typeof createEventSchema>;

export const updateEventSchema = z
  .object({
    title: eventTitleSchema.optional(),
    place: eventPlaceSchema,
    times: eventTimesSchema.optional(),
  })
  .refine((v) => v.title !== undefined || v.place !== undefined || v.times !== undefined, {
    message: "바꿀 항목이 없습니다.",
    path: ["_"],
  });
export type UpdateEventInput = z.infer<typeof updateEventSchema>;
