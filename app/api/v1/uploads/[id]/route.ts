// GET /api/v1/uploads/:id — a photo's bytes (same-school users; an unattached photo to its owner only)
import { idParam, withApi } from "@/lib/http/with-api";
import { getPhotoFile } from "@/lib/uploads/photos";

export const GET = withApi(async ({ viewer, params }) => {
  const photo = await getPhotoFile(viewer, idParam(params));
  return new Response(photo.bytes as BodyInit, {
    headers: {
      "Content-Type": photo.mimeType,
      "Content-Length": String(photo.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      // Never a document: even a crafted file cannot run script in our origin.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      // Per user (school scope), so only the browser may keep it, and briefly (a post can be deleted).
      "Cache-Control": "private, max-age=300",
    },
  });
});
