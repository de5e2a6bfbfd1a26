import "server-only";
import { prisma } from "@/lib/db";
import { onPostgres } from "@/lib/db-dialect";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { loadSessionViewer, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { loadViewer } from "@/lib/auth/viewer";
import type { NotificationKind } from "@/lib/notifications/schemas";
import { endpointHost, endpointRefusal } from "./endpoints";
import { recordKeyInUse } from "./keys-in-use";
import { pushPayloadJson } from "./payload";
import { sendPush, type SendOutcome } from "./send";
import { vapidKeys } from "./vapid";

// The push sender that runs inside every server process (started from instrumentation-node.ts).
// Jobs are PushDelivery rows (queued by ./enqueue.ts in the notification's transaction), so they
// survive a restart and any instance may send them. A claim is one UPDATE … RETURNING that moves
// the job's runAt a lease ahead and counts the attempt (PostgreSQL: FOR UPDATE SKIP LOCKED, so
// instances never claim the same job; SQLite: one writer), so a sender that dies mid-way leaves
// the job to be sent again after LEASE_MS. Outcomes:
//   2xx → the job is deleted;  404/410 → the subscription is deleted (its jobs with it);
//   5xx, 429, timeout, network → again after a backoff (2 s, 8 s, 32 s, ~2 min, ~8.5 min), at
//   most MAX_ATTEMPTS tries;  any other refusal → the job is dropped.
// It is woken after each commit that queued jobs (kickPushDelivery, from announce()) and also
// polls every POLL_MS (retries that came due, jobs queued by other instances). At most
// MAX_IN_FLIGHT pushes per process at once; a dead or slow push service holds only its slot,
// never a request.

export const MAX_ATTEMPTS = 6;
const LEASE_MS = 60_000;
const POLL_MS = 2_000;
const MAX_IN_FLIGHT = 16;
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** When to try again after `attempts` failed tries (± 10 %, so many failures spread out). */
export function backoffMs(attempts: number, retryAfter?: number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 4 ** Math.max(0, attempts - 1));
  const jittered = base * (0.9 + Math.random() * 0.2);
  return Math.round(Math.min(BACKOFF_MAX_MS, Math.max(jittered, retryAfter ?? 0)));
}

type Claimed = { id: number | bigint };

async function claimDue(limit: number, now = Date.now()): Promise<number[]> {
  const due = await prisma.$queryRaw<Claimed[]>`
    SELECT "id" FROM "PushDelivery" WHERE "runAt" <= ${BigInt(now)} LIMIT 1`;
  if (!due.length) return [];
  const lease = BigInt(now + LEASE_MS);
  const rows = onPostgres()
    ? await prisma.$queryRaw<Claimed[]>`
        UPDATE "PushDelivery" SET "runAt" = ${lease}, "attempts" = "attempts" + 1
        WHERE "id" IN (SELECT "id" FROM "PushDelivery" WHERE "runAt" <= ${BigInt(now)}
                       ORDER BY "runAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING "id"`
    : await prisma.$queryRaw<Claimed[]>`
        UPDATE "PushDelivery" SET "runAt" = ${lease}, "attempts" = "attempts" + 1
        WHERE "id" IN (SELECT "id" FROM "PushDelivery" WHERE "runAt" <= ${BigInt(now)}
                       ORDER BY "runAt" LIMIT ${limit})
        RETURNING "id"`;
  return rows.map((r) => Number(r.id));
}

const jobSelect = {
  id: true,
  attempts: true,
  subscription: {
    select: {
      id: true,
      userId: true,
      endpoint: true,
      p256dh: true,
      auth: true,
      sessionId: true,
      passwordVersion: true,
      session: { select: { createdAt: true } },
    },
  },
  notification: { select: { id: true, kind: true, text: true, link: true } },
} as const;

type Job = Awaited<ReturnType<typeof loadJobs>>[number];

const loadJobs = (ids: number[]) =>
  prisma.pushDelivery.findMany({ where: { id: { in: ids } }, select: jobSelect });

/** Whether the subscription still speaks for a signed-in browser (or an active Bearer client). */
async function subscriptionLive(sub: Job["subscription"], now: number): Promise<boolean> {
  if (sub.sessionId) {
    if (!sub.session || !sub.passwordVersion) return false;
    if (now - sub.session.createdAt.getTime() > SESSION_MAX_AGE_SECONDS * 1000) return false;
    return (await loadSessionViewer(sub.sessionId, sub.userId, sub.passwordVersion)) !== null;
  }
  return (await loadViewer(sub.userId)) !== null;
}

const deleteSubscription = (id: number) =>
  prisma.pushSubscription.deleteMany({ where: { id } }).then(() => undefined);
const deleteJob = (id: number) =>
  prisma.pushDelivery.deleteMany({ where: { id } }).then(() => undefined);

/** Sends one claimed job and records its outcome. */
async function deliver(job: Job): Promise<SendOutcome | null> {
  const now = Date.now();
  const sub = job.subscription;
  if (endpointRefusal(sub.endpoint) || !(await subscriptionLive(sub, now))) {
    await deleteSubscription(sub.id);
    return null;
  }
  const n = job.notification;
  const kind = n.kind as NotificationKind;
  const outcome = await sendPush(
    sub,
    pushPayloadJson({ id: n.id, kind, text: n.text, link: n.link }),
    kind,
    vapidKeys(),
    env().PUSH_TIMEOUT_MS,
  );
  const log = { host: endpointHost(sub.endpoint), attempts: job.attempts };
  switch (outcome.result) {
    case "sent":
      await deleteJob(job.id);
      break;
    case "gone":
      await deleteSubscription(sub.id);
      logger.info({ ...log, status: outcome.status }, "push subscription gone; deleted");
      break;
    case "retry":
      if (job.attempts >= MAX_ATTEMPTS) {
        await deleteJob(job.id);
        logger.warn({ ...log, reason: outcome.reason }, "push failed; giving up");
      } else {
        const runAt = BigInt(Date.now() + backoffMs(job.attempts, outcome.retryAfterMs));
        await prisma.pushDelivery.updateMany({ where: { id: job.id }, data: { runAt } });
        logger.info({ ...log, reason: outcome.reason }, "push failed; will retry");
      }
      break;
    case "drop":
      await deleteJob(job.id);
      logger.warn({ ...log, reason: outcome.reason }, "push refused; dropped");
      break;
  }
  return outcome;
}

type State = {
  started: boolean;
  stopped: boolean;
  inFlight: number;
  pumping: boolean;
  again: boolean;
  running: Set<Promise<unknown>>;
};
const state: State = ((globalThis as { __campustimePush?: State }).__campustimePush ??= {
  started: false,
  stopped: false,
  inFlight: 0,
  pumping: false,
  again: false,
  running: new Set(),
});

function start(job: Job) {
  state.inFlight++;
  const p = deliver(job)
    .catch((e) => logger.error({ err: e }, "push delivery failed"))
    .finally(() => {
      state.inFlight--;
      state.running.delete(p);
      void pump();
    });
  state.running.add(p);
}

/** Claims due jobs while there is room and starts them; never throws. */
async function pump(): Promise<void> {
  if (state.stopped) return;
  if (state.pumping) {
    state.again = true;
    return;
  }
  state.pumping = true;
  try {
    do {
      state.again = false;
      while (!state.stopped && state.inFlight < MAX_IN_FLIGHT) {
        const ids = await claimDue(MAX_IN_FLIGHT - state.inFlight);
        if (!ids.length) break;
        for (const job of await loadJobs(ids)) start(job);
      }
    } while (state.again && !state.stopped);
  } catch (e) {
    logger.error({ err: e }, "push queue: claiming failed");
  } finally {
    state.pumping = false;
  }
}

/** After a commit that may have queued pushes: send them now (this process). */
export function kickPushDelivery(): void {
  if (state.started) void pump();
}

/** Sends everything due now and waits for it (tests and scripts; the server uses the loop). */
export async function drainPushQueue(): Promise<void> {
  const stopped = state.stopped;
  state.stopped = false;
  try {
    do {
      await pump();
      await Promise.all([...state.running]);
    } while (state.inFlight > 0);
  } finally {
    state.stopped = stopped;
  }
}

/** Starts the sender of this process (once; not during `next build`). */
export function startPushDelivery(): void {
  if (state.started || process.env.NEXT_PHASE === "phase-production-build") return;
  state.started = true;
  const tick = () => {
    void pump();
    recordKeyInUse().catch((e) => logger.warn({ err: e }, "push: recording the VAPID key failed"));
  };
  setInterval(tick, POLL_MS).unref();
  setTimeout(tick, 500).unref();
}
