// 내 정보 while the account loads: the same cards, empty.
export default function MeLoading() {
  return (
    <div className="mx-auto max-w-2xl space-y-4" aria-busy="true" aria-label="불러오는 중">
      <div className="h-7 w-24 animate-pulse rounded bg-gray-200" />
      <div className="h-28 animate-pulse rounded-xl bg-gray-200" />
      <div className="h-36 animate-pulse rounded-xl bg-gray-200" />
      <div className="h-44 animate-pulse rounded-xl bg-gray-200" />
    </div>
  );
}
