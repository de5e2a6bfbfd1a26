import type { CommentDto } from "@/lib/community/comment-dto";
import { CommentItem } from "./comment-item";
import { CommentReplyScope } from "./comment-reply";
import { MoreReplies } from "./more-replies";
import { ReplyItem } from "./reply-item";

type Props = {
  comment: CommentDto;
  postId: number;
  anonymousOnly: boolean;
  canModerate: boolean;
  now: number;
};

/** A top-level comment with its first replies (대댓글; 답글 더 보기 for the rest) and, on 답글, the reply form under them. */
export function CommentThread({ comment, postId, anonymousOnly, canModerate, now }: Props) {
  const body = (
    <>
      <CommentItem comment={comment} now={now} canModerate={canModerate} />
      {comment.replies.length > 0 && (
        <ul className="mt-2 space-y-2" aria-label="답글">
          {comment.replies.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} now={now} canModerate={canModerate} />
          ))}
        </ul>
      )}
      {comment.repliesNextCursor && (
        <MoreReplies
          commentId={comment.id}
          cursor={comment.repliesNextCursor}
          remaining={comment.replyCount - comment.replies.length}
          now={now}
          canModerate={canModerate}
        />
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
