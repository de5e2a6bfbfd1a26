// GET /api/v1/me/notification-settings — { comment, reply, message, hot, friend }: which kinds are pushed
// PUT /api/v1/me/notification-settings — any of those booleans → 200 all five
import { withApi } from "@/lib/http/with-api";
import { notificationSettingsSchema } from "@/lib/push/schemas";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/push/settings";

export const GET = withApi(({ viewer }) => getNotificationSettings(viewer));

export const PUT = withApi(async ({ viewer, body }) =>
  updateNotificationSettings(viewer, await body(notificationSettingsSchema)),
);
