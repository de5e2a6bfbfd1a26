"use server";

import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/http/errors";
import { zodFieldErrors } from "@/lib/http/zod-fields";
import { parseId } from "@/lib/validation/id";
import type { CommentDto } from "./comment-dto";
import { listReplies } from "./comment-threads";
import { createComment, deleteComment } from "./comment-writes";
import { commentFormSchema, replyListQuerySchema } from "./comment-schemas";

// Server actions of the comment section; the rules are in lib/community/comments.ts, shared with
// the /api/v1 handlers.

export type CommentFormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fields?: Record<string, string[]>;
  /** What was typed, so a refused comment is not lost when the form resets. */
  content?: string;
  isAnonymous?: boolean;
  /** Changes on every success, so the form knows to clear itself. */
  savedAt?: number;
};

function revalidateCommentPages(postId: number) {
  revalidatePath(`/posts/${postId}`);
  revalidatePath("/me/comments");
}

/** 댓글 / 답글 등록 (useActionState). */
export async function createCommentAction(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const raw = {
    postId: formData.get("postId") ?? undefined,
    parentId: formData.get("parentId") || undefined,
    content: formData.get("content") ?? "",
    isAnonymous: formData.get("isAnonymous") ?? undefined,
  };
  const typed = typeof raw.content === "string" ? raw.content : "";
  const typedAnonymous = raw.isAnonymous === "on";
  const parsed = commentFormSchema.safeParse(raw);
  if (!parsed.success) {
    return { status: "error", message: "입력값을 확인해 주세요.", fields: zodFieldErrors(parsed.error), content: typed, isAnonymous: typedAnonymous };
  }
  const viewer = await requireViewer();
  const { postId, parentId, content, isAnonymous } = parsed.data;
  try {
    await createComment(viewer, postId, { content, isAnonymous, parentId });
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message, fields: e.fields, content: typed, isAnonymous: typedAnonymous };
    throw e;
  }
  revalidateCommentPages(postId);
  return { status: "ok", savedAt: Date.now() };
}

export type DeleteCommentState = { status: "idle" | "ok" | "error"; message?: string };

/** 댓글 삭제 (after the button's confirm). */
export async function deleteCommentAction(commentId: number): Promise<DeleteCommentState> {
  if (parseId(String(commentId)) === null) return { status: "error", message: "댓글을 찾을 수 없습니다." };
  const viewer = await requireViewer();
  let postId: number;
  try {
    ({ postId } = await deleteComment(viewer, commentId));
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message };
    throw e;
  }
  revalidateCommentPages(postId);
  return { status: "ok" };
}

export type MoreRepliesResult = { status: "ok"; items: CommentDto[]; nextCursor: string | null } | { status: "error"; message: string };

/** 답글 더 보기: the next page of a thread's replies (the same service as GET /api/v1/comments/:id/replies). */
export async function loadMoreRepliesAction(commentId: number, cursor: string): Promise<MoreRepliesResult> {
  if (!Number.isSafeInteger(commentId) || commentId <= 0) return { status: "error", message: "댓글을 찾을 수 없습니다." };
  const viewer = await requireViewer();
  try {
    const page = await listReplies(viewer, commentId, replyListQuerySchema.parse({ cursor: typeof cursor === "string" ? cursor : undefined }));
    return { status: "ok", ...page };
  } catch (e) {
    if (isAppError(e)) return { status: "error", message: e.message };
    if (e instanceof Error && e.name === "ZodError") return { status: "error", message: "답글을 불러오지 못했습니다." };
    throw e;
  }
}
