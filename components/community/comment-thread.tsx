import type { CommentDto } from "@/lib/community/comments";
import { CommentItem } from "./comment-item";
import { CommentReplyScope } from "./comment-reply";

type Props = { comment: CommentDto; postId: number; anonymousOnly: boolean; canModerate: boolean; now: number };

/** A top-level comment with its replies (대댓글) and, on 답글, the reply form under them. */
export function CommentThread({ comment, postId, anonymousOnly, canModerate, now }: Props) {
  const body = (
    <>
      <CommentItem comment={comment} now={now} canModerate={canModerate} />
      {comment.replies.length > 0 && (
        <ul className="mt-2 space-y-2" aria-label="답글">
          {comment.replies.map((reply) => (
            <li key={reply.id} className="flex gap-1.5">
              <span aria-hidden="true" className="pt-1 text-gray-300">
                ㄴ
              </span>
              <div className="min-w-0 flex-1 rounded-lg bg-gray-50 px-3 py-2">
                <CommentItem comment={reply} now={now} canModerate={canModerate} isReply />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <li className="px-4 py-3" data-comment-id={comment.id}>
      {comment.deleted ? (
        body
      ) : (
        <CommentReplyScope postId={postId} parentId={comment.id} anonymousOnly={anonymousOnly}>
          {body}
        </CommentReplyScope>
      )}
    </li>
  );
}
