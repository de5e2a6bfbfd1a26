import http from "node:http";
import { authSecret, env } from "@/lib/env";
import { installRawRequestGuard } from "@/lib/http/raw-request-guard";
import { installCoalescedHeaderFlush } from "@/lib/http/coalesce-header-flush";
import { markPeerStampInstalled, PEER_HEADER } from "@/lib/http/client-address";
import { startMaintenanceJobs } from "@/lib/maintenance/jobs";

// Refuse to serve with a bad environment, and in production without AUTH_SECRET.
try {
  env();
  authSecret();
} catch (e) {
  console.error(`Campustime cannot start: ${(e as Error).message}`);
  process.exit(1);
}

// TRACE and undecodable paths would otherwise be plain-text 500s from inside Next.js.
installRawRequestGuard();
// Headers and body of a response in one socket write (lib/http/coalesce-header-flush.ts).
installCoalescedHeaderFlush();
// Route handlers never see the socket: stamp each request with its remote address before Next
// reads it (lib/http/client-address.ts explains why, and how TRUST_PROXY is applied on top).
const originalEmit = http.Server.prototype.emit;
http.Server.prototype.emit = function emit(
  this: http.Server,
  event: string | symbol,
  ...args: unknown[]
) {
  if (event === "request") {
    const req = args[0] as http.IncomingMessage;
    req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
  }
  return (originalEmit as (...a: unknown[]) => boolean).apply(this, [event, ...args]);
} as typeof http.Server.prototype.emit;
markPeerStampInstalled();

// Deleting stale unattached photos and closed rate-limit windows, inside the server.
startMaintenanceJobs();
