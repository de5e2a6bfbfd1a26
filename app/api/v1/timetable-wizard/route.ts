// POST /api/v1/timetable-wizard?limit= — 시간표 마법사: every conflict-free combination that fits, best first
import { withApi } from "@/lib/http/with-api";
import { runTimetableWizard } from "@/lib/timetable/wizard-service";
import { wizardInputSchema, wizardQuerySchema } from "@/lib/timetable/wizard-schemas";

export const POST = withApi(
  async ({ viewer, body, query }) => {
    const { limit } = query(wizardQuerySchema);
    return runTimetableWizard(viewer, await body(wizardInputSchema), limit);
  },
  { access: "freshman" },
);
