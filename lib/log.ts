import "server-only";
import pino from "pino";

// The app's structured log (JSON lines on stdout, like scripts/server.mjs's request lines).
// LOG_LEVEL sets the level (info; debug, warn, error, silent). Log request ids and route
// patterns, never a user id next to a post or comment id: that would unmask anonymous authors.
export const logger = pino({
  level: process.env.LOG_LEVEL || "info",
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** The id scripts/server.mjs (or the proxy in front) gave this request, for error lines. */
export function requestIdOf(req: Request): string | undefined {
  return req.headers.get("x-request-id") ?? undefined;
}
