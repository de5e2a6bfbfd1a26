import { z } from "zod";
import { idSchema } from "@/lib/validation/id";
import { plainText } from "@/lib/validation/text";
import { pageQuerySchema } from "@/lib/http/cursor";

// Client-safe: shared by the 쪽지 forms, their server actions and /api/v1/messages.

export const MESSAGE_MAX = 1000;

export const messageContentSchema = plainText("쪽지 내용을 입력해 주세요.").pipe(
  z
    .string()
    .refine((s) => s.trim().length > 0, "쪽지 내용을 입력해 주세요.")
    .refine((s) => s.length <= MESSAGE_MAX, `쪽지는 ${MESSAGE_MAX}자 이하로 써 주세요.`),
);

export const messageTargetSchema = z.union(
  [
    z.object({ postId: idSchema() }).strict(),
    z.object({ commentId: idSchema() }).strict(),
    z.object({ userId: idSchema() }).strict(),
    z.object({ bookId: idSchema() }).strict(),
  ],
  { error: "to는 { postId }, { commentId }, { userId }, { bookId } 중 하나여야 합니다." },
);
export type MessageTarget = z.infer<typeof messageTargetSchema>;

export const sendMessageSchema = z.object({
  content: messageContentSchema,
  to: messageTargetSchema,
});
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

export const replyMessageSchema = z.object({ content: messageContentSchema });

export const threadListQuerySchema = pageQuerySchema;
export const threadQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(500).optional(),
});

export type OriginKind = "POST" | "COMMENT" | "FRIEND" | "BOOK";

/** "자유게시판에 작성된 글을 통해 시작된 쪽지입니다" — the line a thread opens with. */
export function originLine(origin: {
  kind: OriginKind;
  boardName?: string;
  bookTitle?: string;
}): string {
  if (origin.kind === "FRIEND") return "친구에게 보낸 쪽지입니다";
  if (origin.kind === "BOOK")
    return `책방의 ‘${origin.bookTitle ?? "책"}’ 판매글을 통해 시작된 쪽지입니다`;
  const what = origin.kind === "POST" ? "글" : "댓글";
  return `${origin.boardName ?? "게시판"}에 작성된 ${what}을 통해 시작된 쪽지입니다`;
}
