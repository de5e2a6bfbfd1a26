import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { decodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import { enqueuePush } from "@/lib/push/enqueue";
import { signalInTransaction } from "./live";
import type { MarkReadInput, NotificationKind } from "./schemas";

// 알림. A notification is inserted in the SAME transaction as what caused it (comment, 공감 that
// makes a post HOT, friend request, acceptance, 쪽지), by createNotification(tx, …). Its text
// never names an anonymous actor: comment, reply, HOT and 쪽지 notifications name nobody at all;
// friend notifications name the friend, who is never anonymous. Nobody is notified of their own
// action (the callers skip it, and createNotification refuses it once more).

export type NotificationDto = {
  id: number;
  kind: NotificationKind;
  text: string;
  link: string;
  isRead: boolean;
  createdAt: string;
};

const select = {
  id: true,
  kind: true,
  text: true,
  link: true,
  isRead: true,
  createdAt: true,
} as const;
type Row = Prisma.NotificationGetPayload<{ select: typeof select }>;

export const toNotificationDto = (r: Row): NotificationDto => ({
  id: r.id,
  kind: r.kind as NotificationKind,
  text: r.text,
  link: r.link,
  isRead: r.isRead,
  createdAt: r.createdAt.toISOString(),
});

type Tx = Prisma.TransactionClient;

export type NewNotification = {
  userId: number;
  actorId: number;
  kind: NotificationKind;
  text: string;
  link: string;
};

/** Collects who to wake after the transaction commits (announce() in ./live). */
export type Notified = number[];

/**
 * Inserts one notification inside the caller's transaction; on PostgreSQL NOTIFY fires at commit.
 * Its pushes are queued in the same transaction (lib/push/enqueue.ts) and sent after the commit.
 */
export async function createNotification(
  tx: Tx,
  n: NewNotification,
  notified?: Notified,
): Promise<void> {
  if (n.userId === n.actorId) return;
  const { id } = await tx.notification.create({
    data: { userId: n.userId, kind: n.kind, text: n.text.slice(0, 200), link: n.link },
    select: { id: true },
  });
  await enqueuePush(tx, { id, userId: n.userId, kind: n.kind });
  await signalInTransaction(tx, n.userId);
  notified?.push(n.userId);
}

/** A short quote of user text for a notification line. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The unread count: one query on the (userId, isRead) index. */
export function countUnread(viewer: Viewer): Promise<number> {
  return prisma.notification.count({ where: { userId: viewer.id, isRead: false } });
}

/** GET /api/v1/notifications: newest first, with the unread count. */
export async function listNotifications(
  viewer: Viewer,
  query: { limit: number; cursor?: string },
): Promise<Page<NotificationDto> & { unreadCount: number }> {
  const before = decodeCursor(query.cursor, idCursor);
  const [rows, unreadCount] = await Promise.all([
    prisma.notification.findMany({
      where: { userId: viewer.id, ...(before ? { id: { lt: before.id } } : {}) },
      select,
      orderBy: { id: "desc" },
      take: query.limit + 1,
    }),
    countUnread(viewer),
  ]);
  const page = toPage(rows, query.limit, (r) => ({ id: r.id }), toNotificationDto);
  return { items: page.items, unreadCount, nextCursor: page.nextCursor };
}

/** POST /api/v1/notifications/read: the given ones (only the viewer's own), or all. */
export async function markNotificationsRead(viewer: Viewer, input: MarkReadInput): Promise<void> {
  await prisma.notification.updateMany({
    where: { userId: viewer.id, isRead: false, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { isRead: true },
  });
}

/** The viewer's notifications after `afterId`, oldest first (the stream's replay and catch-up). */
export async function notificationsAfter(
  userId: number,
  afterId: number,
  take = 50,
): Promise<NotificationDto[]> {
  const rows = await prisma.notification.findMany({
    where: { userId, id: { gt: afterId } },
    select,
    orderBy: { id: "asc" },
    take,
  });
  return rows.map(toNotificationDto);
}

/**
 * The newest `take` of the viewer's notifications after `afterId`, oldest first: a reconnecting
 * stream's replay (what is older than those is in the list).
 */
export async function newestNotificationsAfter(
  userId: number,
  afterId: number,
  take: number,
): Promise<NotificationDto[]> {
  const rows = await prisma.notification.findMany({
    where: { userId, id: { gt: afterId } },
    select,
    orderBy: { id: "desc" },
    take,
  });
  return rows.reverse().map(toNotificationDto);
}

/** The newest notification id of the user (0: none): where a fresh stream starts. */
export async function latestNotificationId(userId: number): Promise<number> {
  const row = await prisma.notification.findFirst({
    where: { userId },
    select: { id: true },
    orderBy: { id: "desc" },
  });
  return row?.id ?? 0;
}
