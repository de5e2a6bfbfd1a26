// The post-list pages share one placeholder (components/community/post-list-skeleton.tsx).
export { PostListPageSkeleton as default } from "@/components/community/post-list-skeleton";
