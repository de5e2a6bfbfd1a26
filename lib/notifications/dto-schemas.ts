import { z } from "zod";
import { idOut, isoDateTime, pageSchema } from "@/lib/http/page-schema";
import { NOTIFICATION_KINDS } from "./schemas";

// Response shapes of the 알림 API (service.ts) as zod schemas, for the OpenAPI document;
// lib/openapi/dto-checks.ts holds them equal to the service's TS types.

export const notificationDtoSchema = z
  .object({
    id: idOut(),
    kind: z.enum(NOTIFICATION_KINDS),
    text: z.string(),
    link: z.string(),
    isRead: z.boolean(),
    createdAt: isoDateTime(),
  })
  .meta({ id: "Notification" });

export const notificationPageSchema = pageSchema(notificationDtoSchema)
  .extend({ unreadCount: z.number().int() })
  .meta({ id: "NotificationPage" });
