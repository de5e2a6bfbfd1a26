// POST /api/v1/admin/verifications/:id — APPROVE or REJECT a 학교 인증 document → 204 (the photo is deleted, the student notified)
import { idParam, noContent, withApi } from "@/lib/http/with-api";
import { decideDocument } from "@/lib/verification/documents";
import { documentDecisionSchema } from "@/lib/verification/schemas";

export const POST = withApi(async ({ viewer, params, body }) => {
  await decideDocument(viewer, idParam(params), await body(documentDecisionSchema));
  return noContent();
});
