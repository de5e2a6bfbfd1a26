import "server-only";
import fs from "node:fs";
import path from "node:path";
import { prisma } from "@/lib/db";
import { migrationsFolder } from "@/lib/db-dialect";
import { logger } from "@/lib/log";
import { vapidKeyMismatch } from "@/lib/push/keys-in-use";

/** Checks that the database answers; used by GET /api/v1/health (liveness). */
export async function checkHealth(): Promise<{
  status: "ok" | "unavailable";
  database: "ok" | "unavailable";
}> {
  try {
    await prisma.$queryRawUnsafe("SELECT 1");
    return { status: "ok", database: "ok" };
  } catch (e) {
    logger.error({ err: e }, "health: database check failed");
    return { status: "unavailable", database: "unavailable" };
  }
}

export type Readiness = {
  status: "ready" | "unavailable";
  database: "ok" | "unavailable";
  migrations: "ok" | "pending" | "unknown";
  pendingMigrations?: number;
  /** "mismatch": another instance signs Web Push with a different VAPID key (lib/push/keys-in-use.ts). */
  pushKeys?: "ok" | "mismatch";
};

let migrationFolders: string[] | undefined;
function expectedMigrations(): string[] {
  if (!migrationFolders) {
    // Scoped to prisma/ in the code, so the build traces that folder only.
    const dir = path.join(process.cwd(), "prisma", migrationsFolder());
    migrationFolders = fs.existsSync(dir)
      ? fs
          .readdirSync(dir, { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => d.name)
      : [];
  }
  return migrationFolders;
}

/**
 * Readiness for a load balancer (GET /api/v1/health/ready): the database answers, every
 * migration this build ships is applied, and no other instance uses another VAPID key. An
 * instance of a newer version waits (503) until the one that migrates is done; one whose
 * database is gone drops out of the pool.
 */
export async function checkReadiness(): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch (e) {
    try {
      await prisma.$queryRawUnsafe("SELECT 1");
    } catch {
      logger.error({ err: e }, "readiness: database unreachable");
      return { status: "unavailable", database: "unavailable", migrations: "unknown" };
    }
    // Reachable but no _prisma_migrations table: nothing was ever migrated.
    return {
      status: "unavailable",
      database: "ok",
      migrations: "pending",
      pendingMigrations: expectedMigrations().length,
    };
  }
  const pending = expectedMigrations().filter((m) => !applied.has(m)).length;
  if (pending)
    return {
      status: "unavailable",
      database: "ok",
      migrations: "pending",
      pendingMigrations: pending,
    };
  let mismatch = false;
  try {
    mismatch = await vapidKeyMismatch();
  } catch (e) {
    logger.error({ err: e }, "readiness: the VAPID key check failed");
    return { status: "unavailable", database: "ok", migrations: "ok" };
  }
  if (mismatch)
    return { status: "unavailable", database: "ok", migrations: "ok", pushKeys: "mismatch" };
  return { status: "ready", database: "ok", migrations: "ok", pushKeys: "ok" };
}
