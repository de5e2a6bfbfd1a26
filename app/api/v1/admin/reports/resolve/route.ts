// POST /api/v1/admin/reports/resolve — { target, action: KEEP | REMOVE } → 204
import { noContent, withApi } from "@/lib/http/with-api";
import { resolveReports } from "@/lib/reports/service";
import { resolveReportSchema } from "@/lib/reports/schemas";

export const POST = withApi(async ({ viewer, body }) => {
  await resolveReports(viewer, await body(resolveReportSchema));
  return noContent();
});
