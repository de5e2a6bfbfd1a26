// POST /api/v1/uploads — a photo (multipart field `file`; JPEG/PNG/WebP/GIF by its bytes; ≤ UPLOAD_MAX_BYTES) → 201 { id, url, width, height }
import { created, withApi } from "@/lib/http/with-api";
import { uploadPhoto } from "@/lib/uploads/photos";
import { receiveUpload } from "@/lib/uploads/quota";

// The body is multipart, read under the upload limit (UPLOAD_MAX_BYTES) by receiveUpload.
export const POST = withApi(
  async ({ viewer, req }) => created(await uploadPhoto(viewer, await receiveUpload(viewer, req))),
  { maxBodyBytes: null, access: "freshman" },
);
