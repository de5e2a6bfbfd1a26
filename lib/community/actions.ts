"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { idFromText } from "@/lib/validation/id";
import { likePost, unlikePost, type LikeState } from "./likes";
import { createPost, deletePost, updatePost } from "./posts";
import { createPostFormSchema, updatePostFormSchema } from "./schemas";
import { scrapPost, unscrapPost, type ScrapState } from "./scraps";

// Server actions of the community pages, all made by withAction: each calls the same service
// function as the /api/v1 handler, so every rule is checked in one place.

/** 글쓰기: on success goes to the new post. */
export const createPostAction = withAction(
  { name: "createPost", access: "freshman", schema: createPostFormSchema },
  async ({ viewer, input }) => {
    const { boardId, ...post } = input;
    const { id } = await createPost(viewer, boardId, post);
    revalidatePath(`/boards/${boardId}`);
    redirect(`/posts/${id}`);
  },
);

/** 글 수정 (the author): back to the post. */
export const updatePostAction = withAction(
  { name: "updatePost", access: "freshman", schema: updatePostFormSchema },
  async ({ viewer, input }) => {
    const { postId, ...changes } = input;
    await updatePost(viewer, postId, changes);
    revalidatePath(`/posts/${postId}`);
    redirect(`/posts/${postId}`);
  },
);

/** 삭제 (the author or an admin): back to the board. */
export const deletePostAction = withAction(
  { name: "deletePost", access: "freshman", schema: z.object({ postId: idFromText() }) },
  async ({ viewer, input }) => {
    const { boardId } = await deletePost(viewer, input.postId);
    revalidatePath(`/boards/${boardId}`);
    redirect(`/boards/${boardId}`);
  },
);

const likeSchema = z.object({ postId: idFromText(), liked: z.boolean() });
const scrapSchema = z.object({ postId: idFromText(), scrapped: z.boolean() });

/** 공감 on (true) or off (false). */
export const setLikeAction = withAction<typeof likeSchema, LikeState>(
  { name: "setLike", access: "freshman", schema: likeSchema },
  async ({ viewer, input }) => ({
    data: input.liked
      ? await likePost(viewer, input.postId)
      : await unlikePost(viewer, input.postId),
  }),
);

/** 스크랩 on (true) or off (false). */
export const setScrapAction = withAction<typeof scrapSchema, ScrapState>(
  { name: "setScrap", access: "freshman", schema: scrapSchema },
  async ({ viewer, input }) => ({
    data: input.scrapped
      ? await scrapPost(viewer, input.postId)
      : await unscrapPost(viewer, input.postId),
  }),
);
