import "server-only";
import { EventEmitter } from "node:events";
import type { Prisma } from "@/generated/prisma/client";
import { byDatabase, onPostgres } from "@/lib/db-dialect";
import { databaseUrl } from "@/lib/env";
import { logger } from "@/lib/log";
import { kickPushDelivery } from "@/lib/push/queue";

// Wakes the 알림 streams (GET /api/v1/notifications/stream) of a user when a notification for
// them was committed. The signal carries only the user id: a woken stream reads what is new from
// the database by id, so nothing is lost or duplicated whichever way the signal came.
//  - PostgreSQL: the inserting transaction runs pg_notify(NOTIFY_CHANNEL, userId) (delivered on
//    commit, to every instance); each process LISTENs on one dedicated `pg` connection.
//  - SQLite (one machine): an in-process EventEmitter, signalled after commit. Several cluster
//    workers on one SQLite file do not share it, so every stream also polls (streamPollMs).
// This is the one module of 알림 that knows which database it runs on.

export const NOTIFY_CHANNEL = "campustime_notifications";

type Hub = { emitter: EventEmitter; listening?: Promise<void>; client?: { end(): Promise<void> } };
const hub: Hub = ((globalThis as { __campustimeNotifyHub?: Hub }).__campustimeNotifyHub ??= {
  emitter: new EventEmitter().setMaxListeners(0),
});

/** Inside the transaction that inserts a notification: on PostgreSQL, NOTIFY at commit. */
export async function signalInTransaction(
  tx: Prisma.TransactionClient,
  userId: number,
): Promise<void> {
  if (onPostgres()) await tx.$executeRaw`SELECT pg_notify(${NOTIFY_CHANNEL}, ${String(userId)})`;
}

/**
 * How often an open stream also reads by last id: every 2 s on SQLite, where cluster workers share
 * no emitter; every 15 s on PostgreSQL, a safety net should the LISTEN connection drop.
 */
export const streamPollMs = (): number => byDatabase({ sqlite: 2_000, postgresql: 15_000 });

/**
 * After commit: wakes this process's push sender (the commit may have queued pushes) and its
 * streams of these users (SQLite; on PostgreSQL NOTIFY did).
 */
export function announce(userIds: Iterable<number>) {
  kickPushDelivery();
  if (onPostgres()) return;
  for (const id of new Set(userIds)) hub.emitter.emit(`user:${id}`);
}

async function listenOnPostgres(): Promise<void> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: databaseUrl() });
  client.on("error", (err) => {
    logger.warn({ err }, "notification LISTEN connection failed; streams fall back to polling");
    hub.listening = undefined;
    hub.client = undefined;
  });
  client.on("notification", (msg) => {
    if (msg.channel === NOTIFY_CHANNEL && msg.payload) hub.emitter.emit(`user:${msg.payload}`);
  });
  await client.connect();
  await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
  hub.client = client;
}

/** Calls `wake` whenever a notification for the user is committed; returns the unsubscribe. */
export async function subscribe(userId: number, wake: () => void): Promise<() => void> {
  if (onPostgres() && !hub.listening) {
    hub.listening = listenOnPostgres().catch((err) => {
      logger.warn({ err }, "notification LISTEN failed; streams poll");
      hub.listening = undefined;
    });
  }
  await hub.listening;
  const event = `user:${userId}`;
  hub.emitter.on(event, wake);
  return () => hub.emitter.off(event, wake);
}
