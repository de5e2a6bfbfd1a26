import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { logger } from "@/lib/log";
import { parseId } from "@/lib/validation/id";
import { latestNotificationId, notificationsAfter } from "./service";
import { streamPollMs, subscribe } from "./live";

// GET /api/v1/notifications/stream: Server-Sent Events. Each notification is an event
// `notification` whose `id:` is the notification id, so a reconnecting EventSource (which sends
// Last-Event-ID) first gets what it missed, read from the database. A stream is woken by
// ./live (LISTEN/NOTIFY on PostgreSQL, an in-process emitter on SQLite) and also polls by last
// id (streamPollMs: every 2 s on SQLite, where cluster workers share no emitter; 15 s on PostgreSQL
// as a safety net should the LISTEN connection drop). A comment line every 25 s keeps proxies
// from closing an idle connection. Streams end when the client goes, and at SIGTERM/SIGINT, so a
// graceful shutdown is not held up by open streams.

export const HEARTBEAT_MS = 25_000;
const BATCH = 50;

type Closer = () => void;
const open: Set<Closer> = ((
  globalThis as { __campustimeStreams?: Set<Closer> }
).__campustimeStreams ??= new Set());
const g = globalThis as { __campustimeStreamSignals?: boolean };
if (!g.__campustimeStreamSignals) {
  g.__campustimeStreamSignals = true;
  for (const sig of ["SIGTERM", "SIGINT"] as const) {
    process.once(sig, () => {
      [...open].forEach((close) => close());
      // Nobody else handles the signal (a bare process): keep its default, ending the process.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    });
  }
}

/** Streams currently open in this process (for tests and logs). */
export const openStreamCount = () => open.size;

export async function notificationStream(
  viewer: Viewer,
  req: Request,
  query: { lastEventId?: number },
): Promise<Response> {
  const resumeFrom =
    parseId(req.headers.get("last-event-id")?.trim() ?? undefined) ?? query.lastEventId ?? null;
  let lastId = resumeFrom ?? (await latestNotificationId(viewer.id));
  const encoder = new TextEncoder();
  let close: Closer = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      let running = false;
      let again = false;
      const pump = async () => {
        if (running) {
          again = true;
          return;
        }
        running = true;
        try {
          do {
            again = false;
            const items = await notificationsAfter(viewer.id, lastId, BATCH);
            for (const n of items) {
              send(`id: ${n.id}\nevent: notification\ndata: ${JSON.stringify(n)}\n\n`);
              lastId = n.id;
            }
            if (items.length === BATCH) again = true;
          } while (again && !closed);
        } catch (err) {
          logger.warn({ err }, "notification stream read failed");
        } finally {
          running = false;
        }
      };
      const unsubscribe = await subscribe(viewer.id, () => void pump());
      const heartbeat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      const poll = setInterval(() => void pump(), streamPollMs());
      close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearInterval(poll);
        unsubscribe();
        open.delete(close);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      open.add(close);
      req.signal.addEventListener("abort", () => close(), { once: true });
      // The first bytes go out at once (headers flushed, the client knows it is connected); then
      // whatever was missed since Last-Event-ID.
      send(`retry: 3000\n: connected\n\n`);
      await pump();
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
