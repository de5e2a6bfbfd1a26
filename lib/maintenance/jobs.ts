import "server-only";
import { env } from "@/lib/env";
import { pruneBuckets } from "@/lib/rate-limit/store";
import { deleteStaleUploads, sweepStorage } from "@/lib/uploads/cleanup";

// Housekeeping that runs inside every server process (started from instrumentation-node.ts):
// deleting stale unattached photos, stored bytes no row names (and `.tmp` leftovers), and closed
// rate-limit windows. Every step is safe to run on
// several instances at once (conditional deletes), so no leader is needed. The timer is unref'd
// (it never keeps a process alive) and a run never overlaps the previous one.

let started = false;

/** The storage sweep reads every stored file's age: at start, then every six hours. */
const SWEEP_EVERY_MS = 6 * 3600 * 1000;
let lastSweep = -Infinity;

export async function runMaintenance(now = new Date()): Promise<void> {
  try {
    const photos = await deleteStaleUploads(now);
    const sweep = now.getTime() - lastSweep >= SWEEP_EVERY_MS;
    if (sweep) lastSweep = now.getTime();
    const swept = sweep ? await sweepStorage(now) : { orphans: 0, temporaries: 0 };
    const buckets = await pruneBuckets(now.getTime());
    if (photos + swept.orphans + swept.temporaries > 0)
      console.info(
        `[maintenance] deleted ${photos} unattached photo(s), ${swept.orphans} stored file(s) without a row, ${swept.temporaries} stale temporary file(s), ${buckets} closed rate-limit window(s)`,
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
