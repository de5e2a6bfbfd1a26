import { z } from "zod";
import { idSchema } from "@/lib/validation/id";
import { pageQuerySchema } from "@/lib/http/cursor";

// Client-safe: shared by the 알림 page's actions and /api/v1/notifications.

export const NOTIFICATION_KINDS = ["COMMENT", "REPLY", "HOT", "FRIEND_REQUEST", "FRIEND_ACCEPTED", "MESSAGE"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationListQuerySchema = pageQuerySchema;

export const markReadSchema = z.object({
  ids: z.array(idSchema()).max(100, "한 번에 100개까지 읽음으로 표시할 수 있습니다.").optional(),
});
export type MarkReadInput = z.infer<typeof markReadSchema>;
