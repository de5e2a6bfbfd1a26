import type { Page } from "@/lib/http/cursor";
import type { PostListItem } from "@/lib/community/post-dto";
import { Pager } from "./pager";
import { PostList } from "./post-list";

/** A titled card with a page of posts from several boards (HOT, BEST, 내가 쓴 글, 내 스크랩) and its pager. */
export function PostListCard({
  title,
  description,
  page,
  basePath,
  params,
  isFirstPage,
  empty,
  children,
}: {
  title: string;
  description?: string;
  page: Page<PostListItem>;
  basePath: string;
  params?: Record<string, string | undefined>;
  isFirstPage: boolean;
  empty: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="space-y-3">
      <header>
        <h1 className="text-xl font-bold">{title}</h1>
        {description && <p className="mt-0.5 text-sm text-gray-500">{description}</p>}
      </header>
      {children}
      <section
        aria-label={title}
        className="overflow-hidden rounded-xl border border-gray-200 bg-white"
      >
        <PostList posts={page.items} showBoard empty={empty} />
        <Pager
          basePath={basePath}
          params={params}
          nextCursor={page.nextCursor}
          isFirstPage={isFirstPage}
        />
      </section>
    </div>
  );
}
