import { z } from "zod";
import { idFromText, idSchema } from "@/lib/validation/id";
import { pageQuerySchema } from "@/lib/http/cursor";

// Client-safe: shared by the 알림 page's actions and /api/v1/notifications.

export const NOTIFICATION_KINDS = [
  "COMMENT",
  "REPLY",
  "HOT",
  "FRIEND_REQUEST",
  "FRIEND_ACCEPTED",
  "MESSAGE",
  // 학교 인증: a document was approved or rejected (lib/verification/documents.ts).
  "VERIFICATION",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationListQuerySchema = pageQuerySchema;

export const markReadSchema = z.object({
  ids: z.array(idSchema()).max(100, "한 번에 100개까지 읽음으로 표시할 수 있습니다.").optional(),
});
export type MarkReadInput = z.infer<typeof markReadSchema>;

/**
 * The stream takes one optional parameter (the EventSource standard sends Last-Event-ID as a
 * header; `?lastEventId=` is for clients that cannot set it). Anything else is a 400, so a stray
 * request answers at once instead of opening a stream that never ends.
 */
export const streamQuerySchema = z.object({ lastEventId: idFromText().optional() }).strict();
