import { z } from "zod";
import { limitSchema } from "@/lib/http/cursor";
import { idFromText, idSchema } from "@/lib/validation/id";
import { checkbox } from "@/lib/validation/form";
import { plainText } from "@/lib/validation/text";

// Comment input, shared by the API handlers, the server actions and the comment form
// (client-safe: no server imports).

export const COMMENT_MAX_LENGTH = 300;

/** Top-level comments per page of GET /api/v1/posts/:id/comments. */
export const COMMENT_PAGE_DEFAULT = 50;

/** Replies shown with each top-level comment; the rest come from GET /api/v1/comments/:id/replies. */
export const REPLY_PAGE_SIZE = 10;

export const commentContentSchema = plainText("댓글 내용을 입력해 주세요.").pipe(
  z
    .string()
    .trim()
    .min(1, "댓글 내용을 입력해 주세요.")
    .max(COMMENT_MAX_LENGTH, `댓글은 ${COMMENT_MAX_LENGTH}자 이하로 입력해 주세요.`),
);

const positiveId = (what: string) => idSchema(`${what}은(는) 양의 정수여야 합니다.`);

/** POST /api/v1/posts/:id/comments. `isAnonymous` defaults to false (a SECRET board forces it on). */
export const createCommentSchema = z.object({
  content: commentContentSchema,
  isAnonymous: z.boolean({ error: "isAnonymous는 true 또는 false여야 합니다." }).default(false),
  parentId: positiveId("parentId").nullish(),
});

export type CreateCommentInput = z.infer<typeof createCommentSchema>;

/** The same fields from the comment form (FormData: a checkbox is "on" or absent). */
export const commentFormSchema = z.object({
  postId: idFromText("postId은(는) 양의 정수여야 합니다."),
  parentId: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : v),
    idFromText("parentId은(는) 양의 정수여야 합니다.").nullable(),
  ),
  content: commentContentSchema,
  isAnonymous: checkbox(),
});

export const commentListQuerySchema = z.object({
  limit: limitSchema.default(COMMENT_PAGE_DEFAULT),
  cursor: z.string().max(500).optional(),
});

export type CommentListQuery = z.infer<typeof commentListQuerySchema>;

/** GET /api/v1/comments/:id/replies (and the page's "답글 더 보기"). */
export const replyListQuerySchema = z.object({
  limit: limitSchema.default(50),
  cursor: z.string().max(500).optional(),
});

export type ReplyListQuery = z.infer<typeof replyListQuerySchema>;
