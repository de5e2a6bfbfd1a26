// GET /api/v1/admin/verifications — a school admin's queue of pending 학교 인증 documents, oldest first
import { withApi } from "@/lib/http/with-api";
import { pageQuerySchema } from "@/lib/http/cursor";
import { listDocumentQueue } from "@/lib/verification/documents";

export const GET = withApi(async ({ viewer, query }) =>
  listDocumentQueue(viewer, query(pageQuerySchema)),
);
