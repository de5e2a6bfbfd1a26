import { AppError } from "./errors";
import { hasLoneSurrogate, LONE_SURROGATE_MESSAGE } from "@/lib/validation/text";

// Reading a JSON request body without trusting it: the declared Content-Length is checked before
// anything is read, the stream is counted while reading and cancelled as soon as it passes the
// limit (a body without Content-Length, chunked, cannot get around it), and only
// application/json (or a +json type) is parsed: a text/plain body — what a cross-site <form> or
// a "simple" fetch can send without a preflight — is never taken for JSON.

/** The default limit of a JSON body (JSON_BODY_MAX_BYTES overrides it; a route may set its own). */
export const DEFAULT_JSON_BODY_MAX_BYTES = 64 * 1024;

export function payloadTooLarge(limit: number): AppError {
  const kb = Math.max(1, Math.floor(limit / 1024));
  return new AppError(
    "PAYLOAD_TOO_LARGE",
    `요청 본문이 너무 큽니다 (최대 ${kb.toLocaleString("ko-KR")} KB).`,
    { details: { maxBytes: limit } },
  );
}

const malformed = () =>
  new AppError("VALIDATION_FAILED", "요청 본문이 올바른 JSON이 아닙니다.", {
    fields: { _: ["요청 본문이 올바른 JSON이 아닙니다."] },
  });

/** 413 up front when the declared length is over the limit. */
export function assertDeclaredLength(req: Request, limit: number): void {
  const raw = req.headers.get("content-length");
  if (raw === null) return;
  const declared = Number(raw);
  if (!Number.isFinite(declared) || declared > limit) throw payloadTooLarge(limit);
}

function isJsonType(contentType: string): boolean {
  const essence = contentType.split(";")[0].trim().toLowerCase();
  return essence === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(essence);
}

/** Reads at most `limit` bytes of the body; 413 (and the rest unread) past it. */
export async function readBodyBytes(req: Request, limit: number): Promise<Uint8Array> {
  assertDeclaredLength(req, limit);
  return readStreamWithLimit(req, limit, () => payloadTooLarge(limit));
}

/**
 * The one bounded body reader (JSON bodies here, multipart uploads in lib/uploads): counts the
 * stream while reading and cancels it, throwing `tooLarge()`, the moment it passes `limit`.
 */
export async function readStreamWithLimit(
  req: Request,
  limit: number,
  tooLarge: () => Error,
): Promise<Uint8Array> {
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
      throw tooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/**
 * The parsed JSON body. An empty body is `{}` (the schema then names what is missing); a
 * non-empty one must be declared application/json (415 otherwise) and be valid UTF-8 JSON (400).
 */
export async function readJsonBody(req: Request, limit: number): Promise<unknown> {
  const contentType = req.headers.get("content-type");
  if (contentType !== null && !isJsonType(contentType)) {
    // Refused before reading: whatever it is, it is not ours to parse.
    const declared = req.headers.get("content-length");
    if (declared !== "0") throw unsupportedMediaType();
  }
  const bytes = await readBodyBytes(req, limit);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw malformed();
  }
  if (text.trim() === "") return {};
  if (contentType === null) throw unsupportedMediaType();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed();
  }
  const where = loneSurrogatePath(value);
  if (where !== null)
    throw new AppError("VALIDATION_FAILED", LONE_SURROGATE_MESSAGE, {
      fields: { [where || "_"]: [LONE_SURROGATE_MESSAGE] },
    });
  return value;
}

/**
 * Where the parsed body holds an unpaired UTF-16 surrogate (a key or a string value), as a
 * dotted path ("" for the body itself), or null. Decoding is fatal on invalid UTF-8, so a JSON
 * `\uD800`-style escape is the only way one gets in; every field of every route is covered here,
 * whatever its schema does with it.
 */
function loneSurrogatePath(body: unknown): string | null {
  // Iterative: a 64 KB body can nest thousands of levels deep.
  const stack: [unknown, string][] = [[body, ""]];
  while (stack.length) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (hasLoneSurrogate(value)) return path;
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    for (const [key, item] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      if (hasLoneSurrogate(key)) return at;
      stack.push([item, at]);
    }
  }
  return null;
}

export function unsupportedMediaType(): AppError {
  return new AppError("UNSUPPORTED_MEDIA_TYPE", "요청 본문은 application/json이어야 합니다.");
}
