export default function PostLoading() {
  return (
    <div aria-busy="true" aria-label="불러오는 중" className="mx-auto max-w-2xl space-y-3">
      <div className="h-4 w-24 animate-pulse rounded bg-gray-200" />
      <div className="space-y-3 rounded-xl border border-gray-200 bg-white p-4">
        <div className="flex items-center gap-3">
          <div className="h-9 w-9 animate-pulse rounded-full bg-gray-200" />
          <div className="h-4 w-28 animate-pulse rounded bg-gray-200" />
        </div>
        <div className="h-5 w-2/3 animate-pulse rounded bg-gray-200" />
        <div className="h-3 w-full animate-pulse rounded bg-gray-100" />
        <div className="h-3 w-full animate-pulse rounded bg-gray-100" />
        <div className="h-3 w-1/2 animate-pulse rounded bg-gray-100" />
      </div>
    </div>
  );
}
