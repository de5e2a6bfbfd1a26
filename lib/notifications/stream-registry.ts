import "server-only";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { endedSessions, type LiveSession } from "@/lib/auth/live-session";

// The open 알림 streams of this process, and the rules that end them from outside:
//  - At most STREAMS_PER_USER open streams per student, across every instance: each stream holds
//    a NotificationStream row (a lease). Opening one inserts its lease and deletes the student's
//    leases beyond the newest STREAMS_PER_USER; a stream whose lease is gone ends, at once in this
//    process and at the next check in the others.
//  - A stream ends when its session does (lib/auth/live-session.ts): 로그아웃, a new password
//    (change or reset), deactivation, 회원 탈퇴.
// One timer per process (while streams are open) checks every stream's lease and session every
// CHECK_MS with a few statements for all of them, so a stream ends within CHECK_MS plus a query
// of its session ending (SPEC: 5 s), whichever instance ended it.

export const STREAMS_PER_USER = 10;
export const CHECK_MS = 2_000;

/** Why a stream was ended from outside: sent to the client as `event: end`. */
export type EndReason = "REPLACED" | "SESSION_ENDED";

export type RegisteredStream = {
  leaseId: number;
  userId: number;
  session: LiveSession;
  end: (reason: EndReason) => void;
};

type Registry = {
  streams: Map<number, RegisteredStream>;
  timer?: NodeJS.Timeout;
  checking?: boolean;
};
const registry: Registry = ((
  globalThis as { __campustimeStreamRegistry?: Registry }
).__campustimeStreamRegistry ??= { streams: new Map() });

/** Streams currently open in this process. */
export const openStreamCount = () => registry.streams.size;

/**
 * Takes a lease for a new stream of the user: the lease's id, after the user's leases beyond the
 * newest STREAMS_PER_USER (this one included) were deleted, and this process's streams among
 * them ended.
 */
export async function takeLease(userId: number): Promise<number> {
  const lease = await prisma.notificationStream.create({
    data: { userId },
    select: { id: true },
  });
  const beyond = await prisma.notificationStream.findMany({
    where: { userId },
    select: { id: true },
    orderBy: { id: "desc" },
    skip: STREAMS_PER_USER,
  });
  if (beyond.length) {
    const ids = beyond.map((r) => r.id);
    await prisma.notificationStream.deleteMany({ where: { id: { in: ids } } });
    for (const id of ids) registry.streams.get(id)?.end("REPLACED");
  }
  return lease.id;
}

/** Registers an open stream (after takeLease); the check timer runs while any is open. */
export function registerStream(stream: RegisteredStream): void {
  registry.streams.set(stream.leaseId, stream);
  if (!registry.timer) {
    registry.timer = setInterval(() => void checkStreams(), CHECK_MS);
    registry.timer.unref();
  }
}

/** Forgets a stream that ended, and gives its lease back. */
export function unregisterStream(leaseId: number): void {
  registry.streams.delete(leaseId);
  if (registry.streams.size === 0 && registry.timer) {
    clearInterval(registry.timer);
    registry.timer = undefined;
  }
  prisma.notificationStream.deleteMany({ where: { id: leaseId } }).catch((err: unknown) => {
    // A lease left behind (the database is going away at shutdown) is the oldest of its user's
    // and goes with the next stream they open.
    logger.warn({ err }, "notification stream lease not released");
  });
}

/** Ends the streams whose lease was taken over or whose session ended. */
export async function checkStreams(): Promise<void> {
  if (registry.checking || registry.streams.size === 0) return;
  registry.checking = true;
  try {
    const streams = [...registry.streams.values()];
    const held = new Set<number>();
    for (let i = 0; i < streams.length; i += 500) {
      const rows = await prisma.notificationStream.findMany({
        where: { id: { in: streams.slice(i, i + 500).map((s) => s.leaseId) } },
        select: { id: true },
      });
      for (const r of rows) held.add(r.id);
    }
    const ended = await endedSessions(streams.map((s) => s.session));
    for (const s of streams) {
      if (ended.has(s.session)) s.end("SESSION_ENDED");
      else if (!held.has(s.leaseId)) s.end("REPLACED");
    }
  } catch (err) {
    logger.warn({ err }, "notification stream check failed; retried on the next tick");
  } finally {
    registry.checking = false;
  }
}
