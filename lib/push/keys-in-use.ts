import "server-only";
import { prisma } from "@/lib/db";
import { logger } from "@/lib/log";
import { vapidKeys } from "./vapid";

// Every instance must sign pushes with the same VAPID pair (docs/DEPLOYMENT.md): a browser
// subscribed with the public key one instance gave it, and its push service refuses pushes
// signed with another. Each process records the public key it uses, with the time, in the shared
// database (at most every HEARTBEAT_MS, from the push sender's loop and from readiness); an
// instance that sees another key in use within WINDOW_MS is not ready (GET /api/v1/health/ready
// answers 503 with `pushKeys: "mismatch"`). After a deliberate change of the pair on every
// instance, the old key ages out of the window.

export const HEARTBEAT_MS = 20_000;
export const WINDOW_MS = 60_000;
const FORGET_MS = 24 * 60 * 60 * 1000;

let lastBeat = 0;

/** Records this process's key as in use now (at most once per HEARTBEAT_MS unless forced). */
export async function recordKeyInUse(now = Date.now(), force = false): Promise<void> {
  if (!force && now - lastBeat < HEARTBEAT_MS) return;
  lastBeat = now;
  const { publicKey } = vapidKeys();
  await prisma.$executeRaw`
    INSERT INTO "PushKeyUse" ("publicKey", "seenAt") VALUES (${publicKey}, ${BigInt(now)})
    ON CONFLICT ("publicKey") DO UPDATE SET "seenAt" = ${BigInt(now)}`;
  await prisma.$executeRaw`DELETE FROM "PushKeyUse" WHERE "seenAt" < ${BigInt(now - FORGET_MS)}`;
}

let lastWarning = 0;

/** Whether another VAPID public key was in use within WINDOW_MS (by another instance). */
export async function vapidKeyMismatch(now = Date.now()): Promise<boolean> {
  await recordKeyInUse(now);
  const { publicKey } = vapidKeys();
  const others = await prisma.$queryRaw<{ publicKey: string }[]>`
    SELECT "publicKey" FROM "PushKeyUse"
    WHERE "publicKey" <> ${publicKey} AND "seenAt" > ${BigInt(now - WINDOW_MS)} LIMIT 1`;
  if (others.length && now - lastWarning > 60_000) {
    lastWarning = now;
    logger.error(
      "another instance signs Web Push with a different VAPID key: every instance must share one VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY pair (docs/DEPLOYMENT.md)",
    );
  }
  return others.length > 0;
}
