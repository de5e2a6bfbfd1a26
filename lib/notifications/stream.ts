import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { endedSessions, liveSessionOf } from "@/lib/auth/live-session";
import { unauthenticated } from "@/lib/http/errors";
import { logger } from "@/lib/log";
import { parseId } from "@/lib/validation/id";
import {
  latestNotificationId,
  newestNotificationsAfter,
  notificationsAfter,
  type NotificationDto,
} from "./service";
import { FreshReads } from "@/lib/cache/fresh-reads";
import { streamPollMs, subscribe } from "./live";
import { registerStream, takeLease, unregisterStream, type EndReason } from "./stream-registry";

// GET /api/v1/notifications/stream: Server-Sent Events. Each notification is an event
// `notification` whose `id:` is the notification id, so a reconnecting EventSource (which sends
// Last-Event-ID) first gets what it missed, read from the database: the newest REPLAY_MAX of it
// (the list has the rest). A stream is woken by ./live (LISTEN/NOTIFY on PostgreSQL, an
// in-process emitter on SQLite) and also polls by last id (streamPollMs: every 2 s on SQLite, where
// cluster workers share no emitter; 15 s on PostgreSQL as a safety net should the LISTEN
// connection drop). A comment line every 25 s keeps proxies from closing an idle connection.
//
// Bounds (SPEC): at most STREAMS_PER_USER open per student, the oldest ended by a new one; a
// stream ends within seconds of its session ending (./stream-registry.ts); and a reader that
// stops reading cannot make the server hold its events:
//  - what is written waits in the stream's queue while the connection is not drained, and once
//    MAX_QUEUED_BYTES wait there the stream is dropped (queue discarded, connection closed);
//  - the kernel's socket buffers take up to megabytes before a connection stops draining, so a
//    connection also carries at most CONNECTION_MAX_BYTES in all: then it ends (EventSource
//    reconnects with Last-Event-ID), whether or not anyone reads it, well under 1 MB.
// The streams of one student share their reads: a batch of events is read and encoded once for
// all of them (FreshReads), and their queues hold the same bytes. Streams also end when the
// client goes, and at SIGTERM/SIGINT, so a graceful shutdown is not held up by them.

export const HEARTBEAT_MS = 25_000;
export const REPLAY_MAX = 100;
/** What a stream may hold for a reader that does not read before it is dropped (SPEC: < 1 MB). */
export const MAX_QUEUED_BYTES = 128 * 1024;
/** What one connection carries before it ends and the client reconnects (SPEC: < 1 MB). */
export const CONNECTION_MAX_BYTES = 512 * 1024;
const BATCH = 50;
/** The queue's high-water mark: past it the stream is "not being read" (desiredSize ≤ 0). */
const HIGH_WATER_BYTES = 16 * 1024;

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

const encoder = new TextEncoder();
const HEARTBEAT = encoder.encode(": heartbeat\n\n");
type EncodedEvent = { id: number; bytes: Uint8Array };
const encode = (items: NotificationDto[]): EncodedEvent[] =>
  items.map((n) => ({
    id: n.id,
    bytes: encoder.encode(`id: ${n.id}\nevent: notification\ndata: ${JSON.stringify(n)}\n\n`),
  }));

/** One read (and encoding) per student and position for all their streams woken together. */
const sharedReads = new FreshReads<string, EncodedEvent[]>();
const eventsAfter = (userId: number, afterId: number) =>
  sharedReads.read(`after:${userId}:${afterId}`, async () =>
    encode(await notificationsAfter(userId, afterId, BATCH)),
  );
const replayAfter = (userId: number, afterId: number) =>
  sharedReads.read(`replay:${userId}:${afterId}`, async () =>
    encode(await newestNotificationsAfter(userId, afterId, REPLAY_MAX)),
  );

export async function notificationStream(
  viewer: Viewer,
  req: Request,
  query: { lastEventId?: number },
): Promise<Response> {
  const session = await liveSessionOf(req);
  // An access token outlives a 로그아웃 by up to its 30 minutes: a stream needs its session alive.
  if (!session || session.userId !== viewer.id || (await endedSessions([session])).size)
    throw unauthenticated();
  const resumeFrom =
    parseId(req.headers.get("last-event-id")?.trim() ?? undefined) ?? query.lastEventId ?? null;
  let lastId = resumeFrom ?? (await latestNotificationId(viewer.id));
  const leaseId = await takeLease(viewer.id);

  let closed = false;
  let close: Closer = () => {};
  let end: (reason: EndReason) => void = () => {};
  const stream = new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        let stopTimers = () => {};
        const finish = () => {
          if (closed) return false;
          closed = true;
          stopTimers();
          open.delete(close);
          unregisterStream(leaseId);
          return true;
        };
        close = () => {
          if (!finish()) return;
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        };
        // Discards the queue and closes the connection (Next.js takes an AbortError as the
        // client going). The client reconnects when it reads again, with Last-Event-ID, and
        // gets the newest of what it missed.
        const drop = () => {
          if (!finish()) return;
          controller.error(new DOMException("notification stream reader too slow", "AbortError"));
        };
        const queued = () => HIGH_WATER_BYTES - (controller.desiredSize ?? 0);
        let carried = 0;
        const send = (bytes: Uint8Array) => {
          if (closed) return;
          if (queued() + bytes.byteLength > MAX_QUEUED_BYTES) return drop();
          // The connection has carried its share: end it (a reader that is behind is dropped,
          // one that keeps up gets a clean end) and let the client resume on a new one.
          if (carried + bytes.byteLength > CONNECTION_MAX_BYTES)
            return queued() > HIGH_WATER_BYTES ? drop() : close();
          carried += bytes.byteLength;
          try {
            controller.enqueue(bytes);
          } catch {
            close();
          }
        };
        // Ended from outside (another stream took its place, or its session ended): a last event
        // says why, so a client does not reconnect into the same end.
        end = (reason) => {
          if (closed) return;
          send(encoder.encode(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`));
          close();
        };

        let running = false;
        let again = false;
        let replayed = resumeFrom === null;
        const pump = async () => {
          if (running) {
            again = true;
            return;
          }
          running = true;
          try {
            do {
              again = false;
              const items = replayed
                ? await eventsAfter(viewer.id, lastId)
                : await replayAfter(viewer.id, lastId);
              for (const n of items) {
                if (closed) return;
                send(n.bytes);
                lastId = n.id;
              }
              if (!replayed) replayed = true;
              else if (items.length === BATCH) again = true;
            } while (again && !closed);
          } catch (err) {
            logger.warn({ err }, "notification stream read failed");
          } finally {
            running = false;
          }
        };
        const unsubscribe = await subscribe(viewer.id, () => void pump());
        if (closed) return unsubscribe();
        const heartbeat = setInterval(() => send(HEARTBEAT), HEARTBEAT_MS);
        const poll = setInterval(() => void pump(), streamPollMs());
        stopTimers = () => {
          clearInterval(heartbeat);
          clearInterval(poll);
          unsubscribe();
        };
        open.add(close);
        registerStream({ leaseId, userId: viewer.id, session, end: (reason) => end(reason) });
        req.signal.addEventListener("abort", () => close(), { once: true });
        if (req.signal.aborted) return close();
        // The first bytes go out at once (headers flushed, the client knows it is connected); then
        // whatever was missed since Last-Event-ID.
        send(encoder.encode(`retry: 3000\n: connected\n\n`));
        await pump();
      },
      cancel() {
        close();
      },
    },
    { highWaterMark: HIGH_WATER_BYTES, size: (chunk) => chunk.byteLength },
  );
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
