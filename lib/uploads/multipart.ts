import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { readStreamWithLimit } from "@/lib/http/json-body";
import { payloadTooLarge } from "./photos";

// Reads the `file` field of a multipart upload without ever holding more than the size limit
// (plus room for the multipart framing) in memory: a declared Content-Length over it is refused
// before reading, and a body that turns out longer is cut off while streaming.

const MULTIPART_OVERHEAD = 64 * 1024;

const missingFile = () => new AppError("VALIDATION_FAILED", "사진 파일을 첨부해 주세요.", { fields: { file: ["사진 파일을 첨부해 주세요."] } });

/** The bytes of the uploaded `file` field. 413 when too large, 400 when there is no file. */
export async function readUploadedFile(req: Request): Promise<Uint8Array> {
  return (await readUploadedForm(req)).file;
}

/** readUploadedFile with the form's text fields (학교 인증 documents send their `kind`). */
export async function readUploadedForm(
  req: Request,
): Promise<{ file: Uint8Array; fields: Record<string, string> }> {
  const maxBytes = env().UPLOAD_MAX_BYTES;
  const limit = maxBytes + MULTIPART_OVERHEAD;
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) throw missingFile();
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw payloadTooLarge(maxBytes);

  const body = await readStreamWithLimit(req, limit, () => payloadTooLarge());
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("VALIDATION_FAILED", "업로드 요청을 읽을 수 없습니다.", { fields: { file: ["업로드 요청을 읽을 수 없습니다."] } });
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw missingFile();
  if (file.size > maxBytes) throw payloadTooLarge(maxBytes);
  const fields: Record<string, string> = {};
  for (const [k, v] of form) if (typeof v === "string" && !(k in fields)) fields[k] = v;
  return { file: new Uint8Array(await file.arrayBuffer()), fields };
}
