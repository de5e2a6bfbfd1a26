import "server-only";
import { prisma } from "@/lib/db";

/** Checks that the database answers; used by GET /api/v1/health. */
export async function checkHealth(): Promise<{ status: "ok" | "unavailable"; database: "ok" | "unavailable" }> {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return { status: "ok", database: "ok" };
  } catch (e) {
    console.error("[health] database check failed:", e);
    return { status: "unavailable", database: "unavailable" };
  }
}
