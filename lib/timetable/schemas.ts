import { z } from "zod";
import { semesterSchema } from "@/lib/lectures/schemas";
import { idFromText } from "@/lib/validation/id";
import { singleLineText } from "@/lib/validation/text";

// Client-safe: shared by the timetable page's forms, their server actions and /api/v1/timetables.

export const VISIBILITIES = ["PRIVATE", "FRIENDS", "PUBLIC"] as const;
export const VISIBILITY_LABEL = { PRIVATE: "나만 보기", FRIENDS: "친구 공개", PUBLIC: "전체 공개" } as const;

export const timetableNameSchema = singleLineText("시간표 이름을 입력해 주세요.").pipe(
  z.string().trim().min(1, "시간표 이름을 입력해 주세요.").max(30, "시간표 이름은 30자 이하여야 합니다."),
);

export const createTimetableSchema = z.object({ name: timetableNameSchema, semester: semesterSchema });
export type CreateTimetableInput = z.infer<typeof createTimetableSchema>;

export const updateTimetableSchema = z.object({
  name: timetableNameSchema.optional(),
  isPrimary: z.boolean({ error: "isPrimary는 true 또는 false입니다." }).optional(),
  visibility: z.enum(VISIBILITIES, { error: "공개 범위는 PRIVATE, FRIENDS, PUBLIC 중 하나입니다." }).optional(),
});
export type UpdateTimetableInput = z.infer<typeof updateTimetableSchema>;

export const addLectureSchema = z.object({
  lectureId: idFromText("수업을 선택해 주세요."),
});

export const timetableListQuerySchema = z.object({ semester: semesterSchema.optional() });
