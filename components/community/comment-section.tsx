// Placeholder: the comment thread of a post page (comments, 답글, 익명N names, comment form).
// Replaced by the comments work; the post page renders <CommentSection postId={post.id} />.
export function CommentSection({ postId }: { postId: number }) {
  return <section aria-label="댓글" data-post-id={postId} />;
}
