// GET /api/v1/messages/threads/:id — a thread's messages, oldest first (marks it read); participants only
// POST /api/v1/messages/threads/:id — 답장 → 201 message
import { created, idParam, withApi } from "@/lib/http/with-api";
import { getThread, replyInThread } from "@/lib/messages/service";
import { replyMessageSchema, threadQuerySchema } from "@/lib/messages/schemas";

export const GET = withApi(async ({ viewer, params, query }) =>
  getThread(viewer, idParam(params), query(threadQuerySchema)),
);

export const POST = withApi(async ({ viewer, params, body }) => {
  const threadId = idParam(params);
  const { content } = await body(replyMessageSchema);
  return created(await replyInThread(viewer, threadId, content));
});
