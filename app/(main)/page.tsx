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

/** A HOT or BEST preview card: title lines with their 공감 and comment counts. */
function PopularCard({
  id,
  title,
  href,
  posts,
  now,
  empty,
  className = "",
}: {
  id: string;
  title: string;
  href: string;
  posts: PostListItem[];
  now: Date;
  empty: string;
  className?: string;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`overflow-hidden rounded-xl border border-gray-200 bg-white ${className}`}
    >
      <CardHeader id={id} title={title} href={href} />
      {posts.length ? (
        <ul className="py-1">
          {posts.map((post) => (
            <PostLine key={post.id} post={post} now={now} counts />
          ))}
        </ul>
      ) : (
        <Empty>{empty}</Empty>
      )}
    </section>
  );
}

// The order in the page is the phone's: HOT first (as Everytime's app shows it near the top), then
// the boards, then BEST and the 내 글 links. From lg up the grid puts HOT, BEST and the links in the
// right column and the boards on the left, across both rows.
export default async function HomePage() {
  const viewer = await requireViewer("freshman");
  const feed = await getHomeFeed(viewer);
  const now = new Date();
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
      <h1 className="sr-only">게시판</h1>
      <PopularCard
        id="home-hot"
        title="HOT 게시물"
        href="/hot"
        posts={feed.hot}
        now={now}
        empty="아직 HOT 게시물이 없습니다."
        className="lg:col-start-3 lg:row-start-1"
      />
      <div className="grid content-start gap-4 sm:grid-cols-2 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
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
      <div className="grid content-start gap-4 lg:col-start-3 lg:row-start-2">
        <PopularCard
          id="home-best"
          title="BEST 게시판"
          href="/best"
          posts={feed.best}
          now={now}
          empty="이번 시즌 BEST 게시물이 아직 없습니다."
        />
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
      </div>
    </div>
  );
}
