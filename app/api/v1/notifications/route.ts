// GET /api/v1/notifications — 알림, newest first, with unreadCount
import { withApi } from "@/lib/http/with-api";
import { listNotifications } from "@/lib/notifications/service";
import { notificationListQuerySchema } from "@/lib/notifications/schemas";

export const GET = withApi(
  async ({ viewer, query }) => listNotifications(viewer, query(notificationListQuerySchema)),
  { access: "freshman" },
);
