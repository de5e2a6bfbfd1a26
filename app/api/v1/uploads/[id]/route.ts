// GET /api/v1/uploads/:id — a photo's bytes (same-school users; an unattached photo to its owner only);
// `?size=thumb` serves its small WebP thumbnail instead. Conditional requests (If-None-Match) answer 304.
import { idParam, withApi } from "@/lib/http/with-api";
import { getPhotoFile } from "@/lib/uploads/photos";
import { photoQuerySchema } from "@/lib/uploads/photo-query";

export const GET = withApi(async ({ viewer, params, req, query }) => {
  const { size } = query(photoQuerySchema);
  const photo = await getPhotoFile(viewer, idParam(params), { variant: size, ifNoneMatch: req.headers.get("if-none-match") });
  const headers: Record<string, string> = {
    ETag: photo.etag,
    // Per user (school scope), so only the browser may keep it, and briefly (a post can be
    // deleted); after that a revalidation with the ETag is a cheap 304.
    "Cache-Control": "private, max-age=300",
    "X-Content-Type-Options": "nosniff",
    // Never a document: even a crafted file cannot run script in our origin.
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (photo.notModified) return new Response(null, { status: 304, headers });
  return new Response(photo.bytes as BodyInit, {
    headers: { ...headers, "Content-Type": photo.mimeType, "Content-Length": String(photo.bytes.byteLength) },
  });
}, { access: "freshman" });
