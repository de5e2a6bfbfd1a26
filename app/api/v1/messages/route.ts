// POST /api/v1/messages — 쪽지 보내기: to the author of a post or comment, or to a friend → 201 { threadId, message }
import { created, withApi } from "@/lib/http/with-api";
import { sendMessage } from "@/lib/messages/service";
import { sendMessageSchema } from "@/lib/messages/schemas";

export const POST = withApi(async ({ viewer, body }) =>
  created(await sendMessage(viewer, await body(sendMessageSchema))),
);
