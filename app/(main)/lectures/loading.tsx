export default function Loading() {
  return (
    <div className="space-y-3" aria-busy="true" aria-label="불러오는 중">
      <div className="h-8 w-32 animate-pulse rounded bg-gray-200" />
      <div className="h-14 animate-pulse rounded-xl bg-gray-200" />
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-16 animate-pulse rounded-xl bg-gray-200" />
      ))}
    </div>
  );
}
