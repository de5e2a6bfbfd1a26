import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { authorLabel } from "@/lib/community/author-label";
import { listMyCommentedPosts, type CommentedPostItem } from "@/lib/community/comments";
import { formatCommentTime } from "@/lib/format/relative-time";
import { isAppError } from "@/lib/http/errors";

export const metadata: Metadata = { title: "댓글 단 글" };

const PAGE_SIZE = 20;

/** The page of posts, and the moment it was read (what relative times count from). */
async function loadPage(cursor: string | undefined) {
  const viewer = await requireViewer();
  const now = Date.now();
  try {
    return { page: await listMyCommentedPosts(viewer, { limit: PAGE_SIZE, cursor }), now };
  } catch (e) {
    // A hand-edited cursor: start over rather than fail.
    if (isAppError(e) && e.code === "VALIDATION_FAILED") return { page: await listMyCommentedPosts(viewer, { limit: PAGE_SIZE }), now };
    throw e;
  }
}

function PostRow({ post, now }: { post: CommentedPostItem; now: number }) {
  return (
    <li>
      <Link href={`/posts/${post.id}`} className="block px-4 py-3 hover:bg-gray-50 focus-visible:bg-gray-50">
        <span className="text-xs font-medium text-brand-600">{post.board.name}</span>
        <span className="mt-0.5 block truncate font-semibold text-gray-900">{post.title}</span>
        {post.excerpt && <span className="mt-0.5 line-clamp-2 block text-sm text-gray-600">{post.excerpt}</span>}
        <span className="mt-1 flex flex-wrap items-center gap-x-2 text-xs text-gray-400">
          <time dateTime={post.createdAt}>{formatCommentTime(post.createdAt, now)}</time>
          <span>{authorLabel(post.author)}</span>
          {post.hasPhoto && <span>사진</span>}
          <span className="ml-auto flex gap-2">
            <span className="text-brand-600">
              공감 {post.likeCount}
            </span>
            <span className="text-sky-600">
              댓글 {post.commentCount}
            </span>
          </span>
        </span>
      </Link>
    </li>
  );
}

/** 댓글 단 글: posts the viewer commented on, the most recently commented first. */
export default async function MyCommentsPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const { cursor } = await searchParams;
  const { page, now } = await loadPage(typeof cursor === "string" ? cursor : undefined);
  return (
    <section aria-labelledby="my-comments-heading" className="rounded-xl border border-gray-200 bg-white">
      <h1 id="my-comments-heading" className="border-b border-gray-100 px-4 py-3 text-lg font-bold">
        댓글 단 글
      </h1>
      {page.items.length > 0 ? (
        <ul className="divide-y divide-gray-100">
          {page.items.map((post) => (
            <PostRow key={post.id} post={post} now={now} />
          ))}
        </ul>
      ) : (
        <p className="px-4 py-10 text-center text-sm text-gray-500">{cursor ? "더 이상 글이 없습니다." : "아직 댓글을 단 글이 없습니다."}</p>
      )}
      {(cursor || page.nextCursor) && (
        <nav aria-label="페이지" className="flex justify-between border-t border-gray-100 px-4 py-3 text-sm">
          {cursor ? (
            <Link href="/me/comments" className="rounded-md px-2 py-1 text-gray-700 hover:bg-gray-100">
              처음으로
            </Link>
          ) : (
            <span />
          )}
          {page.nextCursor && (
            <Link href={`/me/comments?cursor=${encodeURIComponent(page.nextCursor)}`} className="rounded-md px-2 py-1 text-gray-700 hover:bg-gray-100">
              다음 →
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
