"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { formObject, toActionError, type ActionState } from "@/lib/lectures/action-state";
import { withObjectParticle } from "@/lib/lectures/josa";
import { addLectureToTimetable, createTimetable, deleteTimetable, removeLectureFromTimetable, updateTimetable } from "./service";
import { createTimetableSchema, timetableNameSchema, VISIBILITIES } from "./schemas";
import { idFromText } from "@/lib/validation/id";

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
