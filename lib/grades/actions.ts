"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import { toActionError, type ActionState } from "@/lib/lectures/action-state";
import { semesterLabel } from "@/lib/lectures/semesters";
import { putMyGrades } from "./service";
import { gradeSemesterParamSchema, putGradesSchema } from "./schemas";

// 학점 계산기's 저장: the same service as PUT /api/v1/me/grades/:semester.
export async function saveGradesAction(semester: string, input: unknown): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const s = gradeSemesterParamSchema.parse(semester);
    await putMyGrades(viewer, s, putGradesSchema.parse(input));
    revalidatePath("/timetable/grades");
    return { status: "success", message: `${semesterLabel(s)} 성적을 저장했습니다.` };
  } catch (e) {
    return toActionError(e);
  }
}
