"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/http/errors";
import { zodFieldErrors } from "@/lib/http/zod-fields";
import { parseId } from "@/lib/validation/id";
import { blockThread, replyInThread, sendMessage } from "./service";
import { messageContentSchema } from "./schemas";

// Server actions of the 쪽지 forms; the rules are in ./service, shared with /api/v1/messages.

export type MessageFormState = { status: "idle" | "ok" | "error"; message?: string; content?: string; savedAt?: number };

const failed = (e: unknown, content: string): MessageFormState => {
  if (isAppError(e)) return { status: "error", message: e.fields ? Object.values(e.fields).flat()[0] ?? e.message : e.message, content };
  throw e;
};

function parseContent(formData: FormData): { content: string; error?: MessageFormState } {
  const raw = formData.get("content");
  const typed = typeof raw === "string" ? raw : "";
  const parsed = messageContentSchema.safeParse(typed);
  if (!parsed.success) return { content: typed, error: { status: "error", message: Object.values(zodFieldErrors(parsed.error)).flat()[0] ?? "쪽지 내용을 확인해 주세요.", content: typed } };
  return { content: parsed.data };
}

/** 쪽지 보내기 from a post, a comment or the friends page; opens the thread on success. */
export async function sendMessageAction(_prev: MessageFormState, formData: FormData): Promise<MessageFormState> {
  const { content, error } = parseContent(formData);
  if (error) return error;
  const kind = formData.get("targetKind");
  const id = parseId(formData.get("targetId"));
  if (id === null || (kind !== "post" && kind !== "comment" && kind !== "user")) return { status: "error", message: "받는 사람을 찾을 수 없습니다.", content };
  const to = kind === "post" ? { postId: id } : kind === "comment" ? { commentId: id } : { userId: id };
  const viewer = await requireViewer();
  let threadId: number;
  try {
    threadId = (await sendMessage(viewer, { content, to })).threadId;
  } catch (e) {
    return failed(e, content);
  }
  revalidatePath("/messages");
  redirect(`/messages/${threadId}`);
}

/** 답장 in a thread. */
export async function replyMessageAction(_prev: MessageFormState, formData: FormData): Promise<MessageFormState> {
  const { content, error } = parseContent(formData);
  if (error) return error;
  const threadId = parseId(formData.get("threadId"));
  if (threadId === null) return { status: "error", message: "쪽지를 찾을 수 없습니다.", content };
  const viewer = await requireViewer();
  try {
    await replyInThread(viewer, threadId, content);
  } catch (e) {
    return failed(e, content);
  }
  revalidatePath(`/messages/${threadId}`);
  return { status: "ok", savedAt: Date.now() };
}

/** 차단 (after the button's confirm). */
export async function blockThreadAction(formData: FormData): Promise<void> {
  const threadId = parseId(formData.get("threadId"));
  if (threadId === null) return;
  await blockThread(await requireViewer(), threadId);
  revalidatePath(`/messages/${threadId}`);
}
