"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireViewer } from "@/lib/auth/viewer";
import { actionFailure, type ActionFailure } from "@/lib/http/action-error";
import { zodFieldErrors } from "@/lib/http/zod-fields";
import { likePost, unlikePost, type LikeState } from "./likes";
import { createPost, deletePost, updatePost } from "./posts";
import { createPostSchema, updatePostSchema } from "./schemas";
import { scrapPost, unscrapPost, type ScrapState } from "./scraps";
import { idSchema } from "@/lib/validation/id";

// Server actions of the community pages. Each parses its input, resolves the viewer and calls
// the same service function as the /api/v1 handler, so every rule is checked in one place.

export type PostFormState = Partial<ActionFailure>;

const postOrBoardId = idSchema();

function formValues(formData: FormData) {
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : undefined;
  };
  return { title: text("title"), content: text("content") };
}

/** 글쓰기: on success goes to the new post. */
export async function createPostAction(boardId: number, _prev: PostFormState, formData: FormData): Promise<PostFormState> {
  const viewer = await requireViewer();
  const parsed = createPostSchema.safeParse({
    ...formValues(formData),
    isAnonymous: formData.get("isAnonymous") === "on",
    photoIds: formData.getAll("photoIds").map(Number),
  });
  if (!parsed.success) return { message: "입력한 내용을 확인해 주세요.", fields: zodFieldErrors(parsed.error) };
  let postId: number;
  try {
    postId = (await createPost(viewer, postOrBoardId.parse(boardId), parsed.data)).id;
  } catch (e) {
    return actionFailure(e, "createPost");
  }
  revalidatePath(`/boards/${boardId}`);
  redirect(`/posts/${postId}`);
}

/** 글 수정 (the author): back to the post. */
export async function updatePostAction(postId: number, _prev: PostFormState, formData: FormData): Promise<PostFormState> {
  const viewer = await requireViewer();
  const parsed = updatePostSchema.safeParse(formValues(formData));
  if (!parsed.success) return { message: "입력한 내용을 확인해 주세요.", fields: zodFieldErrors(parsed.error) };
  try {
    await updatePost(viewer, postOrBoardId.parse(postId), parsed.data);
  } catch (e) {
    return actionFailure(e, "updatePost");
  }
  revalidatePath(`/posts/${postId}`);
  redirect(`/posts/${postId}`);
}

/** 삭제 (the author or an admin): back to the board. */
export async function deletePostAction(postId: number): Promise<ActionFailure> {
  const viewer = await requireViewer();
  let boardId: number;
  try {
    boardId = (await deletePost(viewer, postOrBoardId.parse(postId))).boardId;
  } catch (e) {
    return actionFailure(e, "deletePost");
  }
  revalidatePath(`/boards/${boardId}`);
  redirect(`/boards/${boardId}`);
}

export type MarkResult<S> = ({ ok: true } & S) | ({ ok: false } & ActionFailure);

/** 공감 on (true) or off (false). */
export async function setLikeAction(postId: number, liked: boolean): Promise<MarkResult<LikeState>> {
  const viewer = await requireViewer();
  try {
    const id = postOrBoardId.parse(postId);
    const state = z.boolean().parse(liked) ? await likePost(viewer, id) : await unlikePost(viewer, id);
    return { ok: true, ...state };
  } catch (e) {
    return { ok: false, ...actionFailure(e, "setLike") };
  }
}

/** 스크랩 on (true) or off (false). */
export async function setScrapAction(postId: number, scrapped: boolean): Promise<MarkResult<ScrapState>> {
  const viewer = await requireViewer();
  try {
    const id = postOrBoardId.parse(postId);
    const state = z.boolean().parse(scrapped) ? await scrapPost(viewer, id) : await unscrapPost(viewer, id);
    return { ok: true, ...state };
  } catch (e) {
    return { ok: false, ...actionFailure(e, "setScrap") };
  }
}
