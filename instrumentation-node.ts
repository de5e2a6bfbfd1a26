import { authSecret, env } from "@/lib/env";
import { startMaintenanceJobs } from "@/lib/maintenance/jobs";
import { vapidKeys } from "@/lib/push/vapid";
import { startPushDelivery } from "@/lib/push/queue";

// Refuse to serve with a bad environment, and in production without AUTH_SECRET. The VAPID pair
// is read (or made once in .data/) here too, so a bad one stops the start.
try {
  env();
  authSecret();
  vapidKeys();
} catch (e) {
  console.error(`Campustime cannot start: ${(e as Error).message}`);
  process.exit(1);
}

// Socket-level work (the peer address, the raw-request guard, one write per response, CORS
// preflights) lives in the server that owns the sockets: scripts/server.mjs.

// Deleting stale unattached photos and closed rate-limit windows, inside the server.
startMaintenanceJobs();
// Sending queued Web Push messages (lib/push/queue.ts), inside the server.
startPushDelivery();
