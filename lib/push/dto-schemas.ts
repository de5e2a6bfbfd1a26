import { z } from "zod";
import { isoDateTime } from "@/lib/http/page-schema";

// Response shapes of the Web Push API, for the OpenAPI document; lib/openapi/dto-checks.ts holds
// them equal to the services' TS types.

export const vapidPublicKeySchema = z
  .object({
    publicKey: z.string().meta({
      description:
        "The VAPID public key: base64url of the uncompressed P-256 point (65 bytes), for `pushManager.subscribe({ applicationServerKey })`.",
    }),
  })
  .meta({ id: "VapidPublicKey" });

export const pushSubscriptionDtoSchema = z
  .object({ endpoint: z.string(), createdAt: isoDateTime() })
  .meta({ id: "PushSubscription" });

const setting = (description: string) => z.boolean().meta({ description });

export const notificationSettingsDtoSchema = z
  .object({
    comment: setting("COMMENT: a comment on my post."),
    reply: setting("REPLY: a reply to my comment."),
    message: setting("MESSAGE: a 쪽지."),
    hot: setting("HOT: my post reached HOT."),
    friend: setting("FRIEND_REQUEST and FRIEND_ACCEPTED."),
  })
  .meta({ id: "NotificationSettings" });
