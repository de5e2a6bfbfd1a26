import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { listMyPosts } from "@/lib/community/my-lists";
import { PostListCard } from "@/components/community/post-list-card";

export const metadata: Metadata = { title: "내가 쓴 글" };

export default async function MyPostsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("freshman");
  const cursor = searchParam(await searchParams, "cursor");
  const page = await loadListPage(cursor, (c) => listMyPosts(viewer, { limit: 20, cursor: c }));
  return (
    <PostListCard
      title="내가 쓴 글"
      description="익명으로 쓴 글도 여기에서는 나에게만 보입니다."
      page={page}
      basePath="/me/posts"
      isFirstPage={!cursor}
      empty="아직 쓴 글이 없습니다."
    />
  );
}
