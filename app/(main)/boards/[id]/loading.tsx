import { PostListSkeleton } from "@/components/community/post-list-skeleton";

export default function BoardLoading() {
  return (
    <div className="space-y-3">
      <div className="h-7 w-40 animate-pulse rounded bg-gray-200" />
      <PostListSkeleton rows={4} />
    </div>
  );
}
