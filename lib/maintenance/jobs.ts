import "server-only";
import { env } from "@/lib/env";
import { pruneBuckets } from "@/lib/rate-limit/store";
import { deleteStaleUploads } from "@/lib/uploads/cleanup";

// Housekeeping that runs inside every server process (started from instrumentation-node.ts):
// deleting stale unattached photos and closed rate-limit windows. Every step is safe to run on
// several instances at once (conditional deletes), so no leader is needed. The timer is unref'd
// (it never keeps a process alive) and a run never overlaps the previous one.

let started = false;

export async function runMaintenance(now = new Date()): Promise<void> {
  try {
    const photos = await deleteStaleUploads(now);
    const buckets = await pruneBuckets(now.getTime());
    if (photos > 0)
      console.info(
        `[maintenance] deleted ${photos} unattached photo(s), ${buckets} closed rate-limit window(s)`,
      );
  } catch (e) {
    console.error("[maintenance] failed:", e instanceof Error ? e.message : e);
  }
}

export function startMaintenanceJobs(): void {
  if (started || process.env.NEXT_PHASE === "phase-production-build") return;
  started = true;
  const intervalMs = env().UPLOAD_CLEANUP_INTERVAL_SECONDS * 1000;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    await runMaintenance();
    running = false;
  };
  // The first run a little after start (not while the server is still warming up), then on the interval.
  setTimeout(tick, Math.min(intervalMs, 30_000)).unref();
  setInterval(tick, intervalMs).unref();
}
