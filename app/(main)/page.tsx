import Link from "next/link";
import { getFavoriteBoardIds, requireViewer } from "@/lib/auth/viewer";
import { getHomeFeed } from "@/lib/community/home";
import type { HomeBoard } from "@/lib/community/home-cache";
import type { PostListItem } from "@/lib/community/post-dto";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";
import { PhotoIcon, StarIcon } from "@/components/community/icons";
import { PostCounts } from "@/components/community/post-counts";

function CardHeader({
  id,
  title,
  href,
  starred,
}: {
  id: string;
  title: string;
  href: string;
  starred?: boolean;
}) {
  return (
    <div className="flex items-center justify-between border-b border-gray-100 px-4 py-2.5">
      <h2 id={id} className="flex min-w-0 items-center gap-1 font-bold">
        {starred && (
          <span role="img" aria-label="즐겨찾기" className="shrink-0 text-amber-600">
            <StarIcon />
          </span>
        )}
        <Link href={href} className="truncate hover:underline">
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

/** A board's card: its name (a link) and its newest post titles. */
function BoardCard({ board, now, starred }: { board: HomeBoard; now: Date; starred?: boolean }) {
  return (
    <section
      aria-labelledby={`board-${board.id}`}
      className="overflow-hidden rounded-xl border border-gray-200 bg-white"
    >
      <CardHeader
        id={`board-${board.id}`}
        title={board.name}
        href={`/boards/${board.id}`}
        starred={starred}
      />
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
  );
}

// The order in the page is the phone's: HOT first (as Everytime's app shows it near the top), then
// the boards, then BEST and the 내 글 links. From lg up the grid puts HOT, BEST and the links in the
// right column and the boards on the left, across both rows. The boards are the student's starred
// ones (즐겨찾기한 게시판) and the school's own; the boards students made are behind 게시판 찾기,
// so the page is the same size however many boards a school has.
export default async function HomePage() {
  const viewer = await requireViewer("freshman");
  // The starred boards came with the session (one statement): lib/auth/viewer.ts.
  const feed = await getHomeFeed(viewer, await getFavoriteBoardIds());
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
      <div className="grid content-start gap-4 lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1">
        {feed.favorites.length > 0 && (
          <section aria-labelledby="home-favorites" className="space-y-2">
            <h2 id="home-favorites" className="px-1 text-sm font-semibold text-gray-600">
              즐겨찾기한 게시판
            </h2>
            <div className="grid gap-4 sm:grid-cols-2">
              {feed.favorites.map((board) => (
                <BoardCard key={board.id} board={board} now={now} starred />
              ))}
            </div>
          </section>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          {feed.boards.map((board) => (
            <BoardCard key={board.id} board={board} now={now} />
          ))}
        </div>
        <nav
          aria-label="게시판 더 보기"
          className="flex items-center justify-between gap-3 rounded-xl border border-gray-200 bg-white px-4 py-3 text-sm"
        >
          <span className="text-gray-600">학생들이 만든 게시판은 게시판 찾기에서</span>
          <span className="flex shrink-0 gap-2">
            <Link
              href="/boards"
              className="rounded-md bg-gray-800 px-3 py-1.5 font-medium text-white hover:bg-gray-900"
            >
              게시판 찾기
            </Link>
            <Link
              href="/boards/new"
              className="rounded-md border border-gray-300 px-3 py-1.5 text-gray-700 hover:bg-gray-50"
            >
              만들기
            </Link>
          </span>
        </nav>
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
