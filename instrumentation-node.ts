import { authSecret, env } from "@/lib/env";
import { installRawRequestGuard } from "@/lib/http/raw-request-guard";

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
