import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { NotificationKind } from "@/lib/notifications/schemas";
import { SETTING_OF_KIND } from "./schemas";

// The hook of Web Push in the write path: called by createNotification inside the transaction
// that creates the notification, it queues one PushDelivery per subscription of the recipient
// (unless they turned that kind off), in ONE statement. The rows exist only if the transaction
// commits; the sender (./queue.ts) is woken after the commit and the write never waits for a
// push service.

export async function enqueuePush(
  tx: Prisma.TransactionClient,
  n: { id: number; userId: number; kind: NotificationKind },
  now = Date.now(),
): Promise<void> {
  // The column is one of five fixed names (SETTING_OF_KIND), never input; a kind without a
  // switch is always pushed.
  const setting = SETTING_OF_KIND[n.kind];
  const switchedOn = setting
    ? Prisma.sql`AND NOT EXISTS (SELECT 1 FROM "NotificationSetting" ns WHERE ns."userId" = ${n.userId} AND ns.${Prisma.raw(`"${setting}"`)} = ${false})`
    : Prisma.empty;
  await tx.$executeRaw`
    INSERT INTO "PushDelivery" ("subscriptionId", "notificationId", "attempts", "runAt")
    SELECT s."id", ${n.id}, 0, ${BigInt(now)} FROM "PushSubscription" s
    WHERE s."userId" = ${n.userId} ${switchedOn}`;
}
