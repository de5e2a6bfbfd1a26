"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { withAction } from "@/lib/http/with-action";
import { idFromText } from "@/lib/validation/id";
import type { CommentDto } from "./comment-dto";
import { listReplies } from "./comment-threads";
import { createComment, deleteComment } from "./comment-writes";
import { commentFormSchema, replyListQuerySchema } from "./comment-schemas";

// Server actions of the comment section, made by withAction; the rules are in the comment
// services, shared with the /api/v1 handlers.

function revalidateCommentPages(postId: number) {
  revalidatePath(`/posts/${postId}`);
  revalidatePath("/me/comments");
}

/** 댓글 / 답글 등록. */
export const createCommentAction = withAction(
  { name: "createComment", access: "freshman", schema: commentFormSchema },
  async ({ viewer, input }) => {
    const { postId, parentId, content, isAnonymous } = input;
    await createComment(viewer, postId, { content, isAnonymous, parentId });
    revalidateCommentPages(postId);
  },
);

/** 댓글 삭제 (after the button's confirm). */
export const deleteCommentAction = withAction(
  {
    name: "deleteComment",
    access: "freshman",
    schema: z.object({ commentId: idFromText("댓글을 찾을 수 없습니다.") }),
  },
  async ({ viewer, input }) => {
    const { postId } = await deleteComment(viewer, input.commentId);
    revalidateCommentPages(postId);
  },
);

const moreRepliesSchema = z.object({
  commentId: idFromText("댓글을 찾을 수 없습니다."),
  cursor: z.string().max(500),
});

/** 답글 더 보기: the next page of a thread's replies (the same service as GET /api/v1/comments/:id/replies). */
export const loadMoreRepliesAction = withAction<
  typeof moreRepliesSchema,
  { items: CommentDto[]; nextCursor: string | null }
>(
  { name: "loadMoreReplies", access: "freshman", schema: moreRepliesSchema },
  async ({ viewer, input }) => ({
    data: await listReplies(
      viewer,
      input.commentId,
      replyListQuerySchema.parse({ cursor: input.cursor }),
    ),
  }),
);
