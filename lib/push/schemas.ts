import { z } from "zod";
import type { NotificationKind } from "@/lib/notifications/schemas";

// Client-safe: the Web Push request shapes (/api/v1/me/push-subscriptions,
// /api/v1/me/notification-settings) and the 알림 settings page share them.

/** The switches of 내 정보 › 알림, each naming the kinds it pushes. */
export const PUSH_SETTING_KEYS = ["comment", "reply", "message", "hot", "friend"] as const;
export type PushSettingKey = (typeof PUSH_SETTING_KEYS)[number];

/** The switch of each kind; null: always pushed (학교 인증's decision on a student's own documents). */
export const SETTING_OF_KIND: Record<NotificationKind, PushSettingKey | null> = {
  COMMENT: "comment",
  REPLY: "reply",
  MESSAGE: "message",
  HOT: "hot",
  FRIEND_REQUEST: "friend",
  FRIEND_ACCEPTED: "friend",
  VERIFICATION: null,
};

export const PUSH_SETTING_LABELS: Record<PushSettingKey, { label: string; hint: string }> = {
  comment: { label: "댓글", hint: "내 글에 댓글이 달렸을 때" },
  reply: { label: "답글", hint: "내 댓글에 답글이 달렸을 때" },
  message: { label: "쪽지", hint: "새 쪽지가 왔을 때" },
  hot: { label: "HOT 게시물", hint: "내 글이 HOT 게시물이 되었을 때" },
  friend: { label: "친구", hint: "친구 요청을 받거나 친구 요청이 수락되었을 때" },
};

export type NotificationSettings = Record<PushSettingKey, boolean>;

/** PUT /api/v1/me/notification-settings: any of the five; the ones left out keep their value. */
export const notificationSettingsSchema = z.object({
  comment: z.boolean().optional(),
  reply: z.boolean().optional(),
  message: z.boolean().optional(),
  hot: z.boolean().optional(),
  friend: z.boolean().optional(),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

/** base64url (padding allowed) of exactly `bytes` bytes, by its length: 65 → 87 chars, 16 → 22. */
const base64url = (what: string, bytes: number) => {
  const chars = Math.ceil((bytes * 4) / 3);
  const pad = (4 - (chars % 4)) % 4;
  return z
    .string({ error: `${what}이(가) 필요합니다.` })
    .regex(
      new RegExp(`^[A-Za-z0-9_-]{${chars}}(={${pad}})?$`),
      `${what}은(는) ${bytes}바이트의 base64url 문자열이어야 합니다.`,
    );
};

/** The longest endpoint taken (the browsers' are a few hundred characters). */
export const MAX_ENDPOINT_LENGTH = 2048;

const endpointSchema = z
  .string({ error: "endpoint가 필요합니다." })
  .min(1, "endpoint가 필요합니다.")
  .max(MAX_ENDPOINT_LENGTH, "endpoint가 너무 깁니다.");

/** A browser's PushSubscription.toJSON() (expirationTime and anything else is ignored). */
export const pushSubscriptionSchema = z.object({
  endpoint: endpointSchema,
  keys: z.object(
    {
      p256dh: base64url("p256dh", 65),
      auth: base64url("auth", 16),
    },
    { error: "keys({ p256dh, auth })가 필요합니다." },
  ),
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

export const deletePushSubscriptionSchema = z.object({ endpoint: endpointSchema });
