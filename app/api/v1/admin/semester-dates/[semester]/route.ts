// PUT /api/v1/admin/semester-dates/:semester — a school admin sets a semester's first and last class day
import { AppError } from "@/lib/http/errors";
import { withApi } from "@/lib/http/with-api";
import { setSemesterDates } from "@/lib/timetable/calendar-service";
import { semesterDatesInputSchema, semesterParamSchema } from "@/lib/timetable/semester-dates";

export const PUT = withApi(async ({ viewer, params, body }) => {
  const parsed = semesterParamSchema.safeParse(params.semester);
  if (!parsed.success) throw new AppError("NOT_FOUND", "학기를 찾을 수 없습니다.");
  return setSemesterDates(viewer, parsed.data, await body(semesterDatesInputSchema));
});
