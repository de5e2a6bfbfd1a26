// POST /api/v1/me/verification/document — 학교 인증 by document: multipart `file` (학생증, 합격증명서, 졸업증명서) and `kind` → 202, queued for the school's admins
import { accepted, withApi } from "@/lib/http/with-api";
import { submitDocument } from "@/lib/verification/documents";

// The body is multipart, read under the upload limit (UPLOAD_MAX_BYTES) by the service.
export const POST = withApi(
  async ({ viewer, req }) => accepted(await submitDocument(viewer, req)),
  { maxBodyBytes: null, access: "account" },
);
