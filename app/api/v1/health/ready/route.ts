import { NextResponse } from "next/server";
import { checkReadiness } from "@/lib/health";
import { withPublicApi } from "@/lib/http/with-api";

// GET /api/v1/health/ready — readiness for a load balancer: 200 when the database answers and no
// migration is pending, else 503 (see docs/DEPLOYMENT.md). /api/v1/health stays the liveness check.
export const GET = withPublicApi(async () => {
  const ready = await checkReadiness();
  return NextResponse.json(ready, {
    status: ready.status === "ready" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
});
