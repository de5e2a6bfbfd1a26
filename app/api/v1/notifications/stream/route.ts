// GET /api/v1/notifications/stream — 알림 as Server-Sent Events (event `notification`, heartbeat every 25 s)
import { withApi } from "@/lib/http/with-api";
import { notificationStream } from "@/lib/notifications/stream";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ viewer, req }) => notificationStream(viewer, req));
