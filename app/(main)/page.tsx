import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { getHomeFeed } from "@/lib/community/home";
import type { PostListItem } from "@/lib/community/post-dto";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";
import { PhotoIcon } from "@/components/community/icons";
import { PostCounts } from "@/components/community/post-counts";

function CardHeader({ id, title, href }: { id: string; title: string; href: string }) {
  return (
    <div className="flex items-center justify-between border-b border-gray-100 px-4 py-2.5">
      <h2 id={id} className="font-bold">
        <Link href={href} className="hover:underline">
          {title}
        </Link>
      </h2>
      <Link
        href={href}
        className="rounded px-1 text-xs text-gray-500 hover:text-gray-800"
        aria-label={`${title} 더 보기`}
      >
        더 보기 ›
      </Link>
    </div>
  );
}

/** A title-only line of a home card: title, time, and (for HOT/BEST) 공감/댓글 counts. */
function PostLine({ post, now, counts }: { post: PostListItem; now: Date; counts?: boolean }) {
  return (
    <li>
      <Link
        href={`/posts/${post.id}`}
        className="flex items-center gap-2 px-4 py-2 text-sm hover:bg-gray-50"
      >
        <span className="min-w-0 flex-1 truncate">{post.title}</span>
        {post.hasPhoto && (
          <span role="img" aria-label="사진 있음" className="shrink-0 text-gray-400">
            <PhotoIcon />
          </span>
        )}
        {counts && (
          <PostCounts
            likeCount={post.likeCount}
            commentCount={post.commentCount}
            className="gap-2 text-xs"
          />
        )}
        <time
          dateTime={post.createdAt}
          title={formatDateTime(post.createdAt)}
          className="shrink-0 text-right text-xs whitespace-nowrap text-gray-400"
        >
          {formatRelativeTime(post.createdAt, now)}
        </time>
      </Link>
    </li>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="px-4 py-4 text-sm text-gray-400">{children}</p>;
}

export default async function HomePage() {
  const viewer = await requireViewer();
  const feed = await getHomeFeed(viewer);
  const now = new Date();
  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <h1 className="sr-only">게시판</h1>
      <div className="grid content-start gap-4 sm:grid-cols-2 lg:col-span-2">
        {feed.boards.map((board) => (
          <section
            key={board.id}
            aria-labelledby={`board-${board.id}`}
            className="overflow-hidden rounded-xl border border-gray-200 bg-white"
          >
            <CardHeader id={`board-${board.id}`} title={board.name} href={`/boards/${board.id}`} />
            {board.posts.length ? (
              <ul className="py-1">
                {board.posts.map((post) => (
                  <PostLine key={post.id} post={post} now={now} />
                ))}
              </ul>
            ) : (
              <Empty>아직 글이 없습니다.</Empty>
            )}
          </section>
        ))}
      </div>
      <aside className="grid content-start gap-4" aria-label="인기 글">
        <section
          aria-labelledby="home-hot"
          className="overflow-hidden rounded-xl border border-gray-200 bg-white"
        >
          <CardHeader id="home-hot" title="HOT 게시물" href="/hot" />
          {feed.hot.length ? (
            <ul className="py-1">
              {feed.hot.map((post) => (
                <PostLine key={post.id} post={post} now={now} counts />
              ))}
            </ul>
          ) : (
            <Empty>아직 HOT 게시물이 없습니다.</Empty>
          )}
        </section>
        <section
          aria-labelledby="home-best"
          className="overflow-hidden rounded-xl border border-gray-200 bg-white"
        >
          <CardHeader id="home-best" title="BEST 게시판" href="/best" />
          {feed.best.length ? (
            <ul className="py-1">
              {feed.best.map((post) => (
                <PostLine key={post.id} post={post} now={now} counts />
              ))}
            </ul>
          ) : (
            <Empty>이번 시즌 BEST 게시물이 아직 없습니다.</Empty>
          )}
        </section>
        <nav aria-label="내 글" className="flex gap-2 text-sm">
          <Link
            href="/me/posts"
            className="flex-1 rounded-xl border border-gray-200 bg-white px-4 py-3 text-center hover:bg-gray-50"
          >
            내가 쓴 글
          </Link>
          <Link
            href="/me/scraps"
            className="flex-1 rounded-xl border border-gray-200 bg-white px-4 py-3 text-center hover:bg-gray-50"
          >
            내 스크랩
          </Link>
        </nav>
      </aside>
    </div>
  );
}
