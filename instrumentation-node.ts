import { authSecret, env } from "@/lib/env";

// Refuse to serve with a bad environment, and in production without AUTH_SECRET.
try {
  env();
  authSecret();
} catch (e) {
  console.error(`Campustime cannot start: ${(e as Error).message}`);
  process.exit(1);
}
