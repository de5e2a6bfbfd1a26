import { authSecret, env } from "@/lib/env";
import { startMaintenanceJobs } from "@/lib/maintenance/jobs";

// Refuse to serve with a bad environment, and in production without AUTH_SECRET.
try {
  env();
  authSecret();
} catch (e) {
  console.error(`Campustime cannot start: ${(e as Error).message}`);
  process.exit(1);
}

// Socket-level work (the peer address, the raw-request guard, one write per response, CORS
// preflights) lives in the server that owns the sockets: scripts/server.mjs.

// Deleting stale unattached photos and closed rate-limit windows, inside the server.
startMaintenanceJobs();
