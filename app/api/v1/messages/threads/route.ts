// GET /api/v1/messages/threads — 쪽지함: threads newest first, with unread counts
import { withApi } from "@/lib/http/with-api";
import { listThreads } from "@/lib/messages/service";
import { threadListQuerySchema } from "@/lib/messages/schemas";

export const GET = withApi(async ({ viewer, query }) =>
  listThreads(viewer, query(threadListQuerySchema)),
);
