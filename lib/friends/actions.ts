"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { idFromText } from "@/lib/validation/id";
import { removeFriend, respondToFriendRequest, sendFriendRequest } from "./service";
import { friendRequestSchema } from "./schemas";

// Server actions of the friends page, made by withAction; the rules are in service.ts.

export const sendFriendRequestAction = withAction(
  { name: "sendFriendRequest", schema: friendRequestSchema },
  async ({ viewer, input }) => {
    const request = await sendFriendRequest(viewer, input.nickname);
    revalidatePath("/friends");
    return { message: `${request.addressee.nickname}님에게 친구 요청을 보냈습니다.` };
  },
);

const answerSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["accept", "decline"]), requestId: idFromText() }),
  z.object({ intent: z.literal("remove"), userId: idFromText() }),
]);

const DONE = {
  accept: "친구 요청을 수락했습니다.",
  decline: "친구 요청을 거절했습니다.",
  remove: "삭제했습니다.",
} as const;

/** 수락 / 거절 of a received request, 취소 of a sent one, 친구 삭제. */
export const answerFriendAction = withAction(
  { name: "answerFriend", schema: answerSchema },
  async ({ viewer, input }) => {
    if (input.intent === "remove") await removeFriend(viewer, input.userId);
    else await respondToFriendRequest(viewer, input.requestId, input.intent);
    revalidatePath("/friends");
    return { message: DONE[input.intent] };
  },
);
