import { LoadingRegion } from "@/components/ui/loading-region";

export default function Loading() {
  return (
    <LoadingRegion label="시간표를 불러오는 중" className="space-y-3">
      <div className="h-8 w-40 animate-pulse rounded bg-gray-200" />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="h-[34rem] animate-pulse rounded-xl bg-gray-200" />
        <div className="h-80 animate-pulse rounded-xl bg-gray-200" />
      </div>
    </LoadingRegion>
  );
}
