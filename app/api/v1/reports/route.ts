// POST /api/v1/reports — 신고 { target, reason } → 201
import { created, withApi } from "@/lib/http/with-api";
import { createReport } from "@/lib/reports/service";
import { createReportSchema } from "@/lib/reports/schemas";

export const POST = withApi(async ({ viewer, body }) =>
  created(await createReport(viewer, await body(createReportSchema))),
);
