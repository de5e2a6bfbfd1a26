import "server-only";
import crypto from "node:crypto";
import { openApiDocument } from "./document";

// The document is constant for a build: serialised and hashed once, then answered from memory,
// with an ETag so a client (or the reference page) revalidates with a 304.

let cached: { body: string; etag: string } | undefined;

function serialised() {
  if (!cached) {
    const body = JSON.stringify(openApiDocument());
    cached = { body, etag: `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  }
  return cached;
}

function matches(ifNoneMatch: string | null, etag: string) {
  return !!ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*");
}

export function openApiDocumentResponse(req: Request): Response {
  const { body, etag } = serialised();
  const headers = { ETag: etag, "Cache-Control": "public, max-age=300" };
  if (matches(req.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
