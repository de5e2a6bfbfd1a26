import { CommentIcon, HeartIcon } from "./icons";

/** 공감 and 댓글 counts of a post in a list row. */
export function PostCounts({
  likeCount,
  commentCount,
  className = "gap-2",
}: {
  likeCount: number;
  commentCount: number;
  className?: string;
}) {
  return (
    <span className={`flex shrink-0 items-center ${className}`}>
      <span className="flex items-center gap-0.5 text-brand-600">
        <HeartIcon />
        <span className="sr-only">공감</span>
        {likeCount}
      </span>
      <span className="flex items-center gap-0.5 text-sky-600">
        <CommentIcon />
        <span className="sr-only">댓글</span>
        {commentCount}
      </span>
    </span>
  );
}
