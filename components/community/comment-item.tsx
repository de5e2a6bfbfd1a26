import type { CommentDto } from "@/lib/community/comment-dto";
import { formatCommentTime, formatCommentTimestamp } from "@/lib/format/relative-time";
import { CommentDeleteButton } from "./comment-delete-button";
import { CommentReplyButton } from "./comment-reply";
import { MessageButton } from "@/components/social/message-button";
import { ReportButton } from "@/components/social/report-button";
import { HIDDEN_NOTICE } from "@/lib/reports/schemas";

const actionClass =
  "rounded px-1.5 py-0.5 text-xs text-gray-500 hover:bg-gray-100 hover:text-gray-800 disabled:opacity-60";

/** The name a comment is shown with: nickname, 익명N or 익명(글쓴이) (in the brand colour). */
function CommentAuthorName({ comment }: { comment: CommentDto }) {
  const author = comment.author;
  if (!author) return null;
  if ("name" in author) {
    return (
      <span
        className={`font-semibold ${comment.isPostAuthor ? "text-brand-600" : "text-gray-900"}`}
      >
        {author.name}
      </span>
    );
  }
  return (
    <span className="flex min-w-0 items-center gap-1">
      <span className="truncate font-semibold text-gray-900">{author.nickname}</span>
      {comment.isPostAuthor && (
        <span className="shrink-0 rounded bg-brand-50 px-1 text-[11px] font-medium text-brand-600">
          글쓴이
        </span>
      )}
    </span>
  );
}

type Props = { comment: CommentDto; now: number; canModerate: boolean; isReply?: boolean };

/** One comment or reply: name and actions, content, time. A deleted one is the placeholder. */
export function CommentItem({ comment, now, canModerate, isReply }: Props) {
  if (comment.deleted) {
    return <p className="py-1 text-sm text-gray-400">{comment.content}</p>;
  }
  const canDelete = comment.isMine || canModerate;
  return (
    <div>
      <div className="flex min-h-7 items-center gap-2">
        <CommentAuthorName comment={comment} />
        <div className="ml-auto flex shrink-0 flex-wrap items-center justify-end gap-0.5">
          {!isReply && <CommentReplyButton className={actionClass} />}
          {!comment.isMine && (
            <MessageButton
              targetKind="comment"
              targetId={comment.id}
              label="쪽지"
              className={actionClass}
            />
          )}
          {!comment.isMine && (
            <ReportButton targetKind="comment" targetId={comment.id} className={actionClass} />
          )}
          {canDelete && <CommentDeleteButton commentId={comment.id} className={actionClass} />}
        </div>
      </div>
      {comment.hidden && <p className="text-xs text-amber-700">{HIDDEN_NOTICE}</p>}
      <p className="text-[15px] leading-relaxed whitespace-pre-wrap text-gray-800">
        {comment.content}
      </p>
      <time
        dateTime={comment.createdAt}
        title={formatCommentTimestamp(comment.createdAt)}
        className="mt-0.5 block text-xs text-gray-400"
      >
        {formatCommentTime(comment.createdAt, now)}
      </time>
    </div>
  );
}
