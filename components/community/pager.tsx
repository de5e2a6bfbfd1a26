import Link from "next/link";

/**
 * Keyset paging links: 더 보기 goes to the page after the last post shown (?cursor=…),
 * 처음으로 back to the newest. Other query parameters (a search) are kept.
 */
export function Pager({
  basePath,
  params,
  nextCursor,
  isFirstPage,
}: {
  basePath: string;
  params?: Record<string, string | undefined>;
  nextCursor: string | null;
  isFirstPage: boolean;
}) {
  if (!nextCursor && isFirstPage) return null;
  const href = (cursor?: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params ?? {})) if (v) q.set(k, v);
    if (cursor) q.set("cursor", cursor);
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return (
    <nav
      aria-label="페이지"
      className="flex items-center justify-between gap-2 border-t border-gray-100 px-4 py-3 text-sm"
    >
      {isFirstPage ? (
        <span />
      ) : (
        <Link href={href()} className="rounded-md px-3 py-2 text-gray-600 hover:bg-gray-100">
          처음으로
        </Link>
      )}
      {nextCursor && (
        <Link
          href={href(nextCursor)}
          className="rounded-md border border-gray-300 px-4 py-2 font-medium text-gray-700 hover:bg-gray-50"
        >
          더 보기
        </Link>
      )}
    </nav>
  );
}
