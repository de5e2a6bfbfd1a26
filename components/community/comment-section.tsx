import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import {
  getPostCommentThread,
  type CommentThread as Thread,
} from "@/lib/community/comment-threads";
import { isAppError } from "@/lib/http/errors";
import { CommentForm } from "./comment-form";
import { CommentThread } from "./comment-thread";

async function loadThread(postId: number): Promise<Thread> {
  const viewer = await requireViewer("freshman");
  try {
    return await getPostCommentThread(viewer, postId);
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/**
 * The comment section of a post page: every thread (oldest first, replies under their comment),
 * then the comment form. Server-rendered from DTOs; anonymous commenters arrive here as names only.
 */
export async function CommentSection({ postId }: { postId: number }) {
  const thread = await loadThread(postId);
  const now = new Date(thread.loadedAt).getTime();
  return (
    <section
      aria-labelledby="comments-heading"
      className="rounded-xl border border-gray-200 bg-white"
    >
      <h2 id="comments-heading" className="border-b border-gray-100 px-4 py-3 font-bold">
        댓글 <span className="text-brand-600">{thread.commentCount}</span>
      </h2>
      {thread.items.length > 0 ? (
        <ul className="divide-y divide-gray-100">
          {thread.items.map((comment) => (
            <CommentThread
              key={comment.id}
              comment={comment}
              postId={thread.postId}
              anonymousOnly={thread.anonymousOnly}
              canModerate={thread.canModerate}
              now={now}
            />
          ))}
        </ul>
      ) : (
        <p className="px-4 py-6 text-center text-sm text-gray-500">첫 댓글을 남겨 보세요.</p>
      )}
      {thread.truncated && (
        <p className="px-4 py-2 text-center text-xs text-gray-500">
          댓글이 많아 앞의 일부만 표시했습니다.
        </p>
      )}
      <div className="border-t border-gray-100 p-3">
        <CommentForm postId={thread.postId} anonymousOnly={thread.anonymousOnly} />
      </div>
    </section>
  );
}
