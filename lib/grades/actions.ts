"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { semesterLabel } from "@/lib/lectures/semesters";
import { putMyGrades } from "./service";
import { gradeSemesterParamSchema, putGradesSchema } from "./schemas";

const saveGradesSchema = z.object({ semester: gradeSemesterParamSchema, grades: putGradesSchema });

// 학점 계산기's 저장: the same service as PUT /api/v1/me/grades/:semester.
export const saveGradesAction = withAction(
  { name: "saveGrades", access: "account", schema: saveGradesSchema },
  async ({ viewer, input }) => {
    await putMyGrades(viewer, input.semester, input.grades);
    revalidatePath("/timetable/grades");
    return { message: `${semesterLabel(input.semester)} 성적을 저장했습니다.` };
  },
);
