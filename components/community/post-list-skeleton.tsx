import { LoadingRegion } from "@/components/ui/loading-region";

/** The shape of a post list while it loads. */
export function PostListSkeleton({ rows = 8, title = true }: { rows?: number; title?: boolean }) {
  return (
    <LoadingRegion
      label="글 목록을 불러오는 중"
      className="rounded-xl border border-gray-200 bg-white"
    >
      {title && (
        <div className="border-b border-gray-100 px-4 py-3">
          <div className="h-5 w-32 animate-pulse rounded bg-gray-200" />
        </div>
      )}
      <ul className="divide-y divide-gray-100">
        {Array.from({ length: rows }, (_, i) => (
          <li key={i} className="space-y-2 px-4 py-3">
            <div className="h-4 w-2/3 animate-pulse rounded bg-gray-200" />
            <div className="h-3 w-full animate-pulse rounded bg-gray-100" />
            <div className="h-3 w-1/3 animate-pulse rounded bg-gray-100" />
          </li>
        ))}
      </ul>
    </LoadingRegion>
  );
}

/** The loading.tsx of the post-list pages (HOT, BEST, 내가 쓴 글, 내 스크랩): a title bar and rows. */
export function PostListPageSkeleton() {
  return (
    <div className="space-y-3">
      <div className="h-7 w-40 animate-pulse rounded bg-gray-200" />
      <PostListSkeleton rows={10} title={false} />
    </div>
  );
}
