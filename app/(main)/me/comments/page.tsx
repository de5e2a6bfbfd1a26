import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { listMyCommentedPosts } from "@/lib/community/my-lists";
import { PostListCard } from "@/components/community/post-list-card";

export const metadata: Metadata = { title: "댓글 단 글" };

/** 댓글 단 글: posts the viewer commented on, the most recently commented first. */
export default async function MyCommentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer("freshman");
  const cursor = searchParam(await searchParams, "cursor");
  const page = await loadListPage(cursor, (c) =>
    listMyCommentedPosts(viewer, { limit: 20, cursor: c }),
  );
  return (
    <PostListCard
      title="댓글 단 글"
      page={page}
      basePath="/me/comments"
      isFirstPage={!cursor}
      empty="아직 댓글을 단 글이 없습니다."
    />
  );
}
