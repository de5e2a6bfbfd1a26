import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { listHotPosts } from "@/lib/community/hot-best";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { PostListCard } from "@/components/community/post-list-card";

export const metadata: Metadata = { title: "HOT 게시판" };

export default async function HotPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer();
  const cursor = searchParam(await searchParams, "cursor");
  const page = await loadListPage(cursor, (c) => listHotPosts(viewer, { limit: 20, cursor: c }));
  return (
    <PostListCard
      title="HOT 게시판"
      description={`공감 ${env().HOT_THRESHOLD}개를 받으면 HOT 게시물로 자동 선정됩니다.`}
      page={page}
      basePath="/hot"
      isFirstPage={!cursor}
      empty="아직 HOT 게시물이 없습니다."
    />
  );
}
