import { NextResponse } from "next/server";
import { sqlStatementCount } from "@/lib/db";

// GET /api/bench-stats — for `npm run bench` only: the SQL statements this process has run.
// Absent (404) unless the server was started with CAMPUSTIME_BENCH=1.
export const dynamic = "force-dynamic";

export function GET() {
  if (process.env.CAMPUSTIME_BENCH !== "1") return new NextResponse(null, { status: 404 });
  return NextResponse.json(
    { statements: sqlStatementCount(), pid: process.pid },
    { headers: { "Cache-Control": "no-store" } },
  );
}
