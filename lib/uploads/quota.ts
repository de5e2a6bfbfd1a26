import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { claimRateLimit } from "@/lib/rate-limit";
import { readUploadedFile } from "./multipart";

// Upload limits per user (lib/rate-limit; defaults in docs/DECISIONS.md): a rate (uploads per
// 10 minutes) and a daily quota of uploads and of bytes. The counts are claimed before the body
// is read, so a refused upload costs neither memory nor disk; the bytes (as uploaded) are
// claimed once the size is known, before anything is stored.

/** The bytes of an upload request, within the viewer's limits (429 otherwise). */
export async function receiveUpload(viewer: Viewer, req: Request): Promise<Uint8Array> {
  await claimRateLimit("uploads", viewer.id);
  await claimRateLimit("uploadsDaily", viewer.id);
  const bytes = await readUploadedFile(req);
  await claimRateLimit("uploadBytesDaily", viewer.id, { cost: bytes.byteLength });
  return bytes;
}
