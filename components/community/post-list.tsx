import Link from "next/link";
import { authorLabel } from "@/lib/community/author-label";
import type { PostListItem } from "@/lib/community/post-dto";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";
import { PhotoIcon } from "./icons";
import { PostCounts } from "./post-counts";

/** A list of posts as a board shows them: title, excerpt, time, author, 공감/댓글 counts, photo marker. */
export function PostList({ posts, showBoard = false, empty }: { posts: PostListItem[]; showBoard?: boolean; empty: React.ReactNode }) {
  if (!posts.length) return <p className="px-4 py-10 text-center text-sm text-gray-500">{empty}</p>;
  const now = new Date();
  return (
    <ul className="divide-y divide-gray-100" aria-label="글 목록">
      {posts.map((post) => (
        <li key={post.id}>
          <Link href={`/posts/${post.id}`} className="block px-4 py-3 hover:bg-gray-50 focus-visible:bg-gray-50">
            <h3 className="truncate text-[15px] font-semibold text-gray-900">{post.title}</h3>
            {post.excerpt && <p className="mt-0.5 line-clamp-2 text-sm text-gray-600">{post.excerpt}</p>}
            <div className="mt-1.5 flex items-center gap-2 text-xs text-gray-500">
              <time dateTime={post.createdAt} title={formatDateTime(post.createdAt)}>
                {formatRelativeTime(post.createdAt, now)}
              </time>
              <span className="truncate">{authorLabel(post.author)}</span>
              {showBoard && <span className="truncate text-gray-400">{post.board.name}</span>}
              <span className="ml-auto flex shrink-0 items-center gap-2.5">
                {post.hasPhoto && (
                  <span role="img" aria-label="사진 있음" className="text-gray-400">
                    <PhotoIcon />
                  </span>
                )}
                <PostCounts likeCount={post.likeCount} commentCount={post.commentCount} className="gap-2.5" />
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
