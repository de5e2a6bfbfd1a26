// GET /api/v1/notifications/stream — 알림 as Server-Sent Events (event `notification`, heartbeat every 25 s)
import { withApi } from "@/lib/http/with-api";
import { notificationStream } from "@/lib/notifications/stream";
import { streamQuerySchema } from "@/lib/notifications/schemas";

export const dynamic = "force-dynamic";

export const GET = withApi(
  async ({ viewer, req, query }) => notificationStream(viewer, req, query(streamQuerySchema)),
  { access: "freshman" },
);
