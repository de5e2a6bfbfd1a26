import "server-only";
import { etagOf, ifNoneMatchMatches } from "@/lib/http/conditional";
import { corsHeaders } from "@/lib/http/cors";
import { openApiDocument } from "./document";

// The document is constant for a build: serialised and tagged once (the same ETag rule as every
// API answer, lib/http/conditional.ts), then answered from memory, so a client (or the reference
// page) revalidates with a 304. Public and the same for everyone: cacheable, CORS-readable.

let cached: { body: string; etag: string } | undefined;

function serialised() {
  if (!cached) {
    const body = JSON.stringify(openApiDocument());
    cached = { body, etag: etagOf(body) };
  }
  return cached;
}

export function openApiDocumentResponse(req: Request): Response {
  const { body, etag } = serialised();
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    ...corsHeaders(req),
  });
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(body, { headers });
}
