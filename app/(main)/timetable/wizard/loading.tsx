import { LoadingRegion } from "@/components/ui/loading-region";

export default function Loading() {
  return (
    <LoadingRegion label="시간표 마법사를 불러오는 중" className="space-y-3">
      <div className="h-8 w-48 animate-pulse rounded bg-gray-200" />
      <div className="h-96 animate-pulse rounded-xl bg-gray-200" />
    </LoadingRegion>
  );
}
