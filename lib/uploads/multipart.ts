import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { payloadTooLarge } from "./photos";

// Reads the `file` field of a multipart upload without ever holding more than the size limit
// (plus room for the multipart framing) in memory: a declared Content-Length over it is refused
// before reading, and a body that turns out longer is cut off while streaming.

const MULTIPART_OVERHEAD = 64 * 1024;

const missingFile = () => new AppError("VALIDATION_FAILED", "사진 파일을 첨부해 주세요.", { fields: { file: ["사진 파일을 첨부해 주세요."] } });

async function readBodyWithLimit(req: Request, limit: number): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw payloadTooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    body.set(c, offset);
    offset += c.byteLength;
  }
  return body;
}

/** The bytes of the uploaded `file` field. 413 when too large, 400 when there is no file. */
export async function readUploadedFile(req: Request): Promise<Uint8Array> {
  const maxBytes = env().UPLOAD_MAX_BYTES;
  const limit = maxBytes + MULTIPART_OVERHEAD;
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) throw missingFile();
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge(maxBytes);

  const body = await readBodyWithLimit(req, limit);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("VALIDATION_FAILED", "업로드 요청을 읽을 수 없습니다.", { fields: { file: ["업로드 요청을 읽을 수 없습니다."] } });
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw missingFile();
  if (file.size > maxBytes) throw payloadTooLarge(maxBytes);
  return new Uint8Array(await file.arrayBuffer());
}
