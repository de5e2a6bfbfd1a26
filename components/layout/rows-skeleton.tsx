/** Placeholder rows while a list page loads (loading.tsx of pages that can never be a 404). */
export function RowsSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <div className="space-y-3" aria-busy="true" aria-label="불러오는 중">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-14 animate-pulse rounded-xl bg-gray-200" />
      ))}
    </div>
  );
}
