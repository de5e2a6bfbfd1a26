export default function EditLoading() {
  return (
    <div aria-busy="true" aria-label="불러오는 중" className="mx-auto max-w-2xl space-y-3">
      <div className="h-7 w-24 animate-pulse rounded bg-gray-200" />
      <div className="h-11 animate-pulse rounded-md bg-gray-200" />
      <div className="h-64 animate-pulse rounded-md bg-gray-200" />
    </div>
  );
}
