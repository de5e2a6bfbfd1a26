"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { formObject, toActionError, type ActionState } from "@/lib/lectures/action-state";
import { removeFriend, respondToFriendRequest, sendFriendRequest } from "./service";
import { friendRequestSchema } from "./schemas";
import { idFromText } from "@/lib/validation/id";

// Server actions of the friends page; the rules are in service.ts.

export async function sendFriendRequestAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const { nickname } = friendRequestSchema.parse(formObject(formData));
    const request = await sendFriendRequest(viewer, nickname);
    revalidatePath("/friends");
    return { status: "success", message: `${request.addressee.nickname}님에게 친구 요청을 보냈습니다.` };
  } catch (e) {
    return toActionError(e);
  }
}

const answerSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["accept", "decline"]), requestId: idFromText() }),
  z.object({ intent: z.literal("remove"), userId: idFromText() }),
]);

const DONE = { accept: "친구 요청을 수락했습니다.", decline: "친구 요청을 거절했습니다.", remove: "삭제했습니다." } as const;

/** 수락 / 거절 of a received request, 취소 of a sent one, 친구 삭제. */
export async function answerFriendAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const viewer = await requireViewer();
  try {
    const input = answerSchema.parse(formObject(formData));
    if (input.intent === "remove") await removeFriend(viewer, input.userId);
    else await respondToFriendRequest(viewer, input.requestId, input.intent);
    revalidatePath("/friends");
    return { status: "success", message: DONE[input.intent] };
  } catch (e) {
    return toActionError(e);
  }
}
