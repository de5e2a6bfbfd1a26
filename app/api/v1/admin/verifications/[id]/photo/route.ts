// GET /api/v1/admin/verifications/:id/photo — a pending document's photo, for that school's admins only, never cached (beyond SPEC)
import { idParam, withApi } from "@/lib/http/with-api";
import { getDocumentPhoto } from "@/lib/verification/documents";

export const GET = withApi(async ({ viewer, params }) => {
  const photo = await getDocumentPhoto(viewer, idParam(params));
  return new Response(photo.bytes as BodyInit, {
    headers: {
      "Content-Type": photo.mimeType,
      "Content-Length": String(photo.bytes.byteLength),
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});
