import { NextResponse } from "next/server";

// GET /api/v1 — API discovery (SPEC): public, constant, touches no database and no session.
// It is also the benchmark's ceiling for API routes (docs/BENCHMARKS.md).
const INDEX = { name: "Campustime API", version: "1", openapi: "/api/v1/openapi.json", docs: "/api/docs" } as const;

export function GET() {
  return NextResponse.json(INDEX, { headers: { "Cache-Control": "public, max-age=300" } });
}
