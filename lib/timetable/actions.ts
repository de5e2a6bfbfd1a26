"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { withObjectParticle } from "@/lib/format/josa";
import { idFromText } from "@/lib/validation/id";
import type { LectureDto } from "@/lib/lectures/lectures";
import {
  addLecturesToTimetable,
  addLectureToTimetable,
  createTimetable,
  deleteTimetable,
  removeLectureFromTimetable,
  updateTimetable,
} from "./service";
import {
  createEventSchema,
  createTimetableSchema,
  timetableNameSchema,
  updateEventSchema,
  VISIBILITIES,
} from "./schemas";
import { addEventToTimetable, deleteTimetableEvent, updateTimetableEvent } from "./events";
import { createCalendarLink } from "./calendar-service";
import { listCourseSections, runTimetableWizard } from "./wizard-service";
import { wizardInputSchema } from "./wizard-schemas";
import type { WizardAnswer } from "./wizard-explain";

// Server actions of the timetable pages, made by withAction; every rule (ownership, conflicts,
// primary) is in the services, shared with the /api/v1 handlers.

const id = idFromText();

const lectureInTimetable = z.object({ timetableId: id, lectureId: id });

/** 추가: the refusal carries Everytime's text (이미 추가한 수업입니다 / X 수업과 같은 시간에…). */
export const addLectureAction = withAction(
  { name: "addLecture", access: "freshman", schema: lectureInTimetable },
  async ({ viewer, input }) => {
    const timetable = await addLectureToTimetable(viewer, input.timetableId, input.lectureId);
    revalidatePath("/timetable");
    const added = timetable.lectures.find((l) => l.id === input.lectureId);
    return { message: `${withObjectParticle(added?.name ?? "수업")} 시간표에 추가했습니다.` };
  },
);

/** 삭제 of one lecture from the timetable. */
export const removeLectureAction = withAction(
  {
    name: "removeLecture",
    access: "freshman",
    schema: lectureInTimetable.extend({ lectureName: z.string().max(100) }),
  },
  async ({ viewer, input }) => {
    await removeLectureFromTimetable(viewer, input.timetableId, input.lectureId);
    revalidatePath("/timetable");
    return { message: `${withObjectParticle(input.lectureName)} 시간표에서 뺐습니다.` };
  },
);

/** 새 시간표 → opens it. */
export const createTimetableAction = withAction(
  { name: "createTimetable", access: "freshman", schema: createTimetableSchema },
  async ({ viewer, input }) => {
    const created = await createTimetable(viewer, input);
    revalidatePath("/timetable");
    redirect(`/timetable?semester=${encodeURIComponent(created.semester)}&id=${created.id}`);
  },
);

const settingsSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("rename"), id, name: timetableNameSchema }),
  z.object({
    intent: z.literal("visibility"),
    id,
    visibility: z.enum(VISIBILITIES, { error: "공개 범위를 선택해 주세요." }),
  }),
  z.object({ intent: z.literal("primary"), id }),
]);

const SETTINGS_DONE = {
  rename: "이름을 바꿨습니다.",
  visibility: "공개 범위를 바꿨습니다.",
  primary: "기본 시간표로 지정했습니다.",
} as const;

/** 이름 변경 / 공개 범위 / 기본 시간표 지정 (one form per intent). */
export const updateTimetableAction = withAction(
  { name: "updateTimetable", access: "freshman", schema: settingsSchema },
  async ({ viewer, input }) => {
    if (input.intent === "rename") await updateTimetable(viewer, input.id, { name: input.name });
    if (input.intent === "visibility")
      await updateTimetable(viewer, input.id, { visibility: input.visibility });
    if (input.intent === "primary") await updateTimetable(viewer, input.id, { isPrimary: true });
    revalidatePath("/timetable");
    return { message: SETTINGS_DONE[input.intent] };
  },
);

/** 시간표 삭제 → back to the semester's (new) primary timetable. */
export const deleteTimetableAction = withAction(
  {
    name: "deleteTimetable",
    access: "freshman",
    schema: z.object({ id, semester: z.string().max(10) }),
  },
  async ({ viewer, input }) => {
    await deleteTimetable(viewer, input.id);
    revalidatePath("/timetable");
    redirect(`/timetable?semester=${encodeURIComponent(input.semester)}`);
  },
);

// 직접 추가, 시간표 마법사 and calendar actions: thin wrappers over events.ts, wizard-service.ts,
// calendar-service.ts and service.ts (the same functions the /api/v1 handlers call).

const saveEventSchema = z.union([
  z.object({ timetableId: id, eventId: z.null(), event: createEventSchema }),
  z.object({ timetableId: id, eventId: id, event: updateEventSchema }),
]);

/** 직접 추가 (eventId null) or 수정 of an event; `event` has the API's shape. */
export const saveEventAction = withAction(
  { name: "saveEvent", access: "freshman", schema: saveEventSchema },
  async ({ viewer, input }) => {
    if (input.eventId === null) {
      const event = input.event as z.infer<typeof createEventSchema>;
      await addEventToTimetable(viewer, input.timetableId, event);
      revalidatePath("/timetable");
      return { message: `${withObjectParticle(event.title)} 시간표에 추가했습니다.` };
    }
    await updateTimetableEvent(viewer, input.timetableId, input.eventId, input.event);
    revalidatePath("/timetable");
    return { message: "일정을 고쳤습니다." };
  },
);

export const deleteEventAction = withAction(
  { name: "deleteEvent", access: "freshman", schema: z.object({ timetableId: id, eventId: id }) },
  async ({ viewer, input }) => {
    await deleteTimetableEvent(viewer, input.timetableId, input.eventId);
    revalidatePath("/timetable");
    return { message: "일정을 삭제했습니다." };
  },
);

const timetableOnly = z.object({ timetableId: id });

/** 구독 링크: a new secret URL (the old link stops working), built from APP_URL. */
export const createCalendarLinkAction = withAction<typeof timetableOnly, { url: string }>(
  { name: "createCalendarLink", access: "freshman", schema: timetableOnly },
  async ({ viewer, input }) => {
    const { url } = await createCalendarLink(viewer, input.timetableId);
    return {
      message: "구독 링크를 만들었습니다. 이전 링크는 더 이상 쓸 수 없습니다.",
      data: { url },
    };
  },
);

const wizardSchema = z.object({
  input: wizardInputSchema,
  limit: z.number().int().min(1).max(100).default(30),
});

/** 시간표 마법사: the search, with the API's input. */
export const runWizardAction = withAction<typeof wizardSchema, WizardAnswer>(
  { name: "runWizard", access: "freshman", schema: wizardSchema },
  async ({ viewer, input }) => ({
    data: await runTimetableWizard(viewer, input.input, input.limit),
  }),
);

const lectureOnly = z.object({ lectureId: id });

/** Every section (분반) of a lecture's course, for "전 분반 담기". */
export const listCourseSectionsAction = withAction<typeof lectureOnly, LectureDto[]>(
  { name: "listCourseSections", access: "freshman", schema: lectureOnly },
  async ({ viewer, input }) => ({
    data: await listCourseSections(viewer, input.lectureId),
  }),
);

/** 마법사 결과 적용: all of a combination's lectures into one timetable, or none (conflicts still checked). */
export const applyWizardResultAction = withAction(
  {
    name: "applyWizardResult",
    access: "freshman",
    schema: z.object({ timetableId: id, lectureIds: z.array(id).min(1).max(40) }),
  },
  async ({ viewer, input }) => {
    const timetable = await addLecturesToTimetable(viewer, input.timetableId, input.lectureIds);
    revalidatePath("/timetable");
    return { message: `${timetable.name}에 ${input.lectureIds.length}개 수업을 넣었습니다.` };
  },
);
