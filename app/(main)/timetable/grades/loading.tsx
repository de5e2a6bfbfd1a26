export default function Loading() {
  return (
    <div className="space-y-3" aria-busy="true" aria-label="학점 계산기를 불러오는 중">
      <div className="h-8 w-48 animate-pulse rounded bg-gray-200" />
      <div className="h-96 animate-pulse rounded-xl bg-gray-200" />
    </div>
  );
}
