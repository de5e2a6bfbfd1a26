"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { formObject, toActionError, type ActionState } from "@/lib/lectures/action-state";
import { withObjectParticle } from "@/lib/lectures/josa";
import { idFromText, idSchema } from "@/lib/validation/id";
import type { LectureDto } from "@/lib/lectures/lectures";
import { addLecturesToTimetable, addLectureToTimetable, createTimetable, deleteTimetable, removeLectureFromTimetable, updateTimetable } from "./service";
import { createEventSchema, createTimetableSchema, timetableNameSchema, updateEventSchema, VISIBILITIES } from "./schemas";
import { addEventToTimetable, deleteTimetableEvent, updateTimetableEvent } from "./events";
import { createCalendarLink } from "./calendar-service";
import { listCourseSections, runTimetableWizard } from "./wizard-service";
import { wizardInputSchema } from "./wizard-schemas";
import type { WizardResult } from "./wizard";

// Server actions of the timetable page; every rule (ownership, conflicts, primary) is in service.ts.

const id = idFromText();

/** 추가: the answer carries Everytime's refusal text (이미 추가한 수업입니다 / X 수업과 같은 시간에…). */
export async function addLectureAction(timetableId: number, lectureId: number): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const timetable = await addLectureToTimetable(viewer, id.parse(timetableId), id.parse(lectureId));
    revalidatePath("/timetable");
    const added = timetable.lectures.find((l) => l.id === lectureId);
    return { status: "success", message: `${withObjectParticle(added?.name ?? "수업")} 시간표에 추가했습니다.` };
  } catch (e) {
    return toActionError(e);
  }
}

/** 삭제 of one lecture from the timetable. */
export async function removeLectureAction(timetableId: number, lectureId: number, lectureName: string): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    await removeLectureFromTimetable(viewer, id.parse(timetableId), id.parse(lectureId));
    revalidatePath("/timetable");
    return { status: "success", message: `${withObjectParticle(String(lectureName).slice(0, 100))} 시간표에서 뺐습니다.` };
  } catch (e) {
    return toActionError(e);
  }
}

/** 새 시간표 → opens it. */
export async function createTimetableAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  let created: { id: number; semester: string };
  try {
    created = await createTimetable(viewer, createTimetableSchema.parse(formObject(formData)));
  } catch (e) {
    return toActionError(e);
  }
  revalidatePath("/timetable");
  redirect(`/timetable?semester=${encodeURIComponent(created.semester)}&id=${created.id}`);
}

const settingsSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("rename"), id, name: timetableNameSchema }),
  z.object({ intent: z.literal("visibility"), id, visibility: z.enum(VISIBILITIES, { error: "공개 범위를 선택해 주세요." }) }),
  z.object({ intent: z.literal("primary"), id }),
]);

const SETTINGS_DONE = { rename: "이름을 바꿨습니다.", visibility: "공개 범위를 바꿨습니다.", primary: "기본 시간표로 지정했습니다." } as const;

/** 이름 변경 / 공개 범위 / 기본 시간표 지정 (one form per intent). */
export async function updateTimetableAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const input = settingsSchema.parse(formObject(formData));
    if (input.intent === "rename") await updateTimetable(viewer, input.id, { name: input.name });
    if (input.intent === "visibility") await updateTimetable(viewer, input.id, { visibility: input.visibility });
    if (input.intent === "primary") await updateTimetable(viewer, input.id, { isPrimary: true });
    revalidatePath("/timetable");
    return { status: "success", message: SETTINGS_DONE[input.intent] };
  } catch (e) {
    return toActionError(e);
  }
}

/** 시간표 삭제 → back to the semester's (new) primary timetable. */
export async function deleteTimetableAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  const parsed = z.object({ id, semester: z.string().max(10) }).safeParse(formObject(formData));
  if (!parsed.success) return toActionError(parsed.error);
  try {
    await deleteTimetable(viewer, parsed.data.id);
  } catch (e) {
    return toActionError(e);
  }
  revalidatePath("/timetable");
  redirect(`/timetable?semester=${encodeURIComponent(parsed.data.semester)}`);
}

// 직접 추가, 시간표 마법사 and calendar actions: thin wrappers over events.ts, wizard-service.ts,
// calendar-service.ts and service.ts (the same functions the /api/v1 handlers call).

/** 직접 추가 (eventId null) or 수정 of an event; `input` has the API's shape. */
export async function saveEventAction(timetableId: number, eventId: number | null, input: unknown): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const tid = id.parse(timetableId);
    if (eventId === null) {
      const parsed = createEventSchema.parse(input);
      await addEventToTimetable(viewer, tid, parsed);
      revalidatePath("/timetable");
      return { status: "success", message: `${withObjectParticle(parsed.title)} 시간표에 추가했습니다.` };
    }
    await updateTimetableEvent(viewer, tid, id.parse(eventId), updateEventSchema.parse(input));
    revalidatePath("/timetable");
    return { status: "success", message: "일정을 고쳤습니다." };
  } catch (e) {
    return toActionError(e);
  }
}

export async function deleteEventAction(timetableId: number, eventId: number): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    await deleteTimetableEvent(viewer, id.parse(timetableId), id.parse(eventId));
    revalidatePath("/timetable");
    return { status: "success", message: "일정을 삭제했습니다." };
  } catch (e) {
    return toActionError(e);
  }
}

/** 구독 링크: a new secret path (the old link stops working); the page makes it absolute. */
export async function createCalendarLinkAction(timetableId: number): Promise<ActionState & { path?: string }> {
  const viewer = await requireViewer();
  try {
    const { path } = await createCalendarLink(viewer, id.parse(timetableId));
    return { status: "success", message: "구독 링크를 만들었습니다. 이전 링크는 더 이상 쓸 수 없습니다.", path };
  } catch (e) {
    return toActionError(e);
  }
}

/** 시간표 마법사: the search, with the API's input. */
export async function runWizardAction(input: unknown, limit = 30): Promise<ActionState & { result?: WizardResult }> {
  const viewer = await requireViewer();
  try {
    const result = await runTimetableWizard(viewer, wizardInputSchema.parse(input), Math.min(100, Math.max(1, Math.floor(Number(limit) || 30))));
    return { status: "success", result };
  } catch (e) {
    return toActionError(e);
  }
}

/** Every section (분반) of a lecture's course, for "전 분반 담기". */
export async function listCourseSectionsAction(lectureId: number): Promise<ActionState & { items?: LectureDto[] }> {
  const viewer = await requireViewer();
  try {
    return { status: "success", items: await listCourseSections(viewer, id.parse(lectureId)) };
  } catch (e) {
    return toActionError(e);
  }
}

/** 마법사 결과 적용: all of a combination's lectures into one timetable, or none (conflicts still checked). */
export async function applyWizardResultAction(timetableId: number, lectureIds: number[]): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const ids = z.array(idSchema()).min(1).max(40).parse(lectureIds);
    const timetable = await addLecturesToTimetable(viewer, id.parse(timetableId), ids);
    revalidatePath("/timetable");
    return { status: "success", message: `${timetable.name}에 ${ids.length}개 수업을 넣었습니다.` };
  } catch (e) {
    return toActionError(e);
  }
}
