import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health";
import { withPublicApi } from "@/lib/http/with-api";

// GET /api/v1/health — liveness with a database round trip; 503 when the database is down
export const GET = withPublicApi(async () => {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
});
