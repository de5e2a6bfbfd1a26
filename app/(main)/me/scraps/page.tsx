import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { listMyScraps } from "@/lib/community/my-lists";
import { PostListCard } from "@/components/community/post-list-card";

export const metadata: Metadata = { title: "내 스크랩" };

export default async function MyScrapsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("freshman");
  const cursor = searchParam(await searchParams, "cursor");
  const page = await loadListPage(cursor, (c) => listMyScraps(viewer, { limit: 20, cursor: c }));
  return (
    <PostListCard
      title="내 스크랩"
      page={page}
      basePath="/me/scraps"
      isFirstPage={!cursor}
      empty="스크랩한 글이 없습니다."
    />
  );
}
