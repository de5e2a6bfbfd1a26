// GET, PUT /api/v1/me/grades/:semester — one semester's subjects (PUT replaces them; [] removes the semester)
import { AppError } from "@/lib/http/errors";
import { withApi } from "@/lib/http/with-api";
import { getMyGradeSemester, putMyGrades } from "@/lib/grades/service";
import { gradeSemesterParamSchema, putGradesSchema } from "@/lib/grades/schemas";

function semesterParam(raw: unknown): string {
  const parsed = gradeSemesterParamSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      "VALIDATION_FAILED",
      "학기는 2026-1, 2026-S, 2026-2, 2026-W 형식이어야 합니다.",
      { fields: { semester: parsed.error.issues.map((i) => i.message) } },
    );
  return parsed.data;
}

export const GET = withApi(
  async ({ viewer, params }) => getMyGradeSemester(viewer, semesterParam(params.semester)),
  { access: "account" },
);

export const PUT = withApi(
  async ({ viewer, params, body }) => {
    const semester = semesterParam(params.semester);
    return putMyGrades(viewer, semester, await body(putGradesSchema));
  },
  { access: "account" },
);
