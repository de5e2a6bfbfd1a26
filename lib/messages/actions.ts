"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { idFromText } from "@/lib/validation/id";
import { blockThread, replyInThread, sendMessage } from "./service";
import { messageContentSchema } from "./schemas";

// Server actions of the 쪽지 forms, made by withAction; the rules are in ./service, shared with
// /api/v1/messages.

const RECIPIENT = "받는 사람을 찾을 수 없습니다.";

const sendSchema = z.object({
  content: messageContentSchema,
  targetKind: z.enum(["post", "comment", "user", "book"], { error: RECIPIENT }),
  targetId: idFromText(RECIPIENT),
});

/** 쪽지 보내기 from a post, a comment, a 책방 listing or the friends page; opens the thread on success. */
export const sendMessageAction = withAction(
  { name: "sendMessage", schema: sendSchema },
  async ({ viewer, input }) => {
    const { targetKind: kind, targetId: id } = input;
    const to =
      kind === "post"
        ? { postId: id }
        : kind === "comment"
          ? { commentId: id }
          : kind === "book"
            ? { bookId: id }
            : { userId: id };
    const { threadId } = await sendMessage(viewer, { content: input.content, to });
    revalidatePath("/messages");
    redirect(`/messages/${threadId}`);
  },
);

const threadSchema = z.object({ threadId: idFromText("쪽지를 찾을 수 없습니다.") });

/** 답장 in a thread. */
export const replyMessageAction = withAction(
  { name: "replyMessage", schema: threadSchema.extend({ content: messageContentSchema }) },
  async ({ viewer, input }) => {
    await replyInThread(viewer, input.threadId, input.content);
    revalidatePath(`/messages/${input.threadId}`);
  },
);

/** 차단 (after the button's confirm). */
export const blockThreadAction = withAction(
  { name: "blockThread", schema: threadSchema },
  async ({ viewer, input }) => {
    await blockThread(viewer, input.threadId);
    revalidatePath(`/messages/${input.threadId}`);
    return { message: "차단했습니다." };
  },
);
