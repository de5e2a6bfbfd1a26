import cluster from "node:cluster";
import { authSecret, env } from "@/lib/env";

// Refuse to serve with a bad environment, and in production without AUTH_SECRET. The VAPID pair
// is read (or made once in .data/) here too, so a bad one stops the start. The rest of the app is
// imported only after these checks: a module that reads the environment when it loads (the
// database client does) would otherwise throw while this hook loads, which Next reports and then
// serves anyway, every page failing.
export async function start() {
  try {
    env();
    authSecret();
    const { vapidKeys } = await import("@/lib/push/vapid");
    vapidKeys();
  } catch (e) {
    console.error(`Campustime cannot start: ${(e as Error).message}`);
    process.exit(1);
  }

  const { logger } = await import("@/lib/log");
  const { startMaintenanceJobs } = await import("@/lib/maintenance/jobs");
  const { startPushDelivery } = await import("@/lib/push/queue");

  // Which 학교 인증 mode and mail path this server runs with, once per start (the first worker).
  if (!cluster.isWorker || cluster.worker?.id === 1) {
    const e = env();
    logger.info(
      {
        schoolVerification: e.SCHOOL_VERIFICATION,
        mail: e.SMTP_URL ? "smtp" : `files in ${e.MAIL_DIR}`,
      },
      `학교 인증: SCHOOL_VERIFICATION=${e.SCHOOL_VERIFICATION}${e.SCHOOL_VERIFICATION === "off" ? " (every account counts as a verified student)" : ""}`,
    );
  }

  // Socket-level work (the peer address, the raw-request guard, one write per response, CORS
  // preflights) lives in the server that owns the sockets: scripts/server.mjs.

  // Deleting stale unattached photos and closed rate-limit windows, inside the server.
  startMaintenanceJobs();
  // Sending queued Web Push messages (lib/push/queue.ts), inside the server.
  startPushDelivery();
}
