import { etagOf, ifNoneMatchMatches } from "@/lib/http/conditional";
import { corsHeaders } from "@/lib/http/cors";

// GET /api/v1 — API discovery (SPEC): public, constant, touches no database and no session.
// It is also the benchmark's ceiling for API routes (docs/BENCHMARKS.md). Being the same for
// everyone, it may be cached by anyone for five minutes; its tag is computed once.
const INDEX = {
  name: "Campustime API",
  version: "1",
  openapi: "/api/v1/openapi.json",
  docs: "/api/docs",
} as const;
const BODY = JSON.stringify(INDEX);
const ETAG = etagOf(BODY);

export function GET(req: Request) {
  const headers = new Headers({
    "Cache-Control": "public, max-age=300",
    ETag: ETAG,
    ...corsHeaders(req),
  });
  if (ifNoneMatchMatches(req.headers.get("if-none-match"), ETAG))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", "application/json");
  return new Response(BODY, { headers });
}
