import { hash } from "node:crypto";

// Entity tags and conditional GETs for /api/v1 (docs/DECISIONS.md, "HTTP caching and CORS").
// withApi serializes a GET's JSON answer once; the tag is a SHA-1 of the bytes that are sent (one
// native call, a fraction of the JSON.stringify before it), so nothing is rendered twice and
// equal bodies always get equal tags, on every instance. A request whose If-None-Match names the tag gets a 304
// with no body.

/** Viewer-dependent answers: any cache may keep them only privately, and must revalidate first. */
export const PRIVATE_REVALIDATE = "private, no-cache";

/** A strong entity tag (quoted) for these exact bytes. */
export function etagOf(body: string | Uint8Array): string {
  return `"${hash("sha1", body, "base64url")}"`;
}

const ENTITY_TAG = /(?:W\/)?("[^"]*")/g;

/**
 * Whether If-None-Match matches the current tag (RFC 9110 §13.1.2): `*`, or any tag in the
 * list by the weak comparison (a `W/` prefix on either side is ignored, so a tag that a
 * compressing proxy weakened still revalidates).
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.startsWith("W/") ? etag.slice(2) : etag;
  for (const m of header.matchAll(ENTITY_TAG)) if (m[1] === opaque) return true;
  return false;
}

/**
 * The 200 JSON answer of a GET (or HEAD) with its ETag, or a 304 with the same headers and no
 * body when the client already has it.
 */
export function conditionalJson(
  req: Request,
  result: unknown,
  cacheControl = PRIVATE_REVALIDATE,
): Response {
  // Encoded once: the same bytes are hashed and sent.
  const body = Buffer.from(JSON.stringify(result));
  const etag = etagOf(body);
  const headers = new Headers({ "Cache-Control": cacheControl, ETag: etag });
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json");
  return new Response(body, { status: 200, headers });
}
