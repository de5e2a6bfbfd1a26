import type { CommentDto } from "@/lib/community/comment-dto";
import { CommentItem } from "./comment-item";

/** One reply (대댓글) under its top-level comment. */
export function ReplyItem({
  reply,
  now,
  canModerate,
}: {
  reply: CommentDto;
  now: number;
  canModerate: boolean;
}) {
  return (
    <li className="flex gap-1.5" data-comment-id={reply.id}>
      <span aria-hidden="true" className="pt-1 text-gray-300">
        ㄴ
      </span>
      <div className="min-w-0 flex-1 rounded-lg bg-gray-50 px-3 py-2">
        <CommentItem comment={reply} now={now} canModerate={canModerate} isReply />
      </div>
    </li>
  );
}
