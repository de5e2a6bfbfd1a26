// GET /api/v1/admin/reports — the school admin's 신고 queue, most reported first
import { withApi } from "@/lib/http/with-api";
import { listReportQueue } from "@/lib/reports/service";
import { reportQueueQuerySchema } from "@/lib/reports/schemas";

export const GET = withApi(async ({ viewer, query }) =>
  listReportQueue(viewer, query(reportQueueQuerySchema)),
);
