import { LoadingRegion } from "@/components/ui/loading-region";

/** Placeholder rows while a list page loads (loading.tsx of pages that can never be a 404). */
export function RowsSkeleton({ rows = 6 }: { rows?: number }) {
  return (
    <LoadingRegion label="불러오는 중" className="space-y-3">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-14 animate-pulse rounded-xl bg-gray-200" />
      ))}
    </LoadingRegion>
  );
}
