import type { Metadata } from "next";
import Link from "next/link";
import { boardsRestricted } from "@/lib/auth/gate";
import { getFavoriteBoardIds, requireViewer } from "@/lib/auth/viewer";
import { getBoardOrThrow } from "@/lib/community/boards";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { listBoardPosts } from "@/lib/community/posts";
import { boardPostsQuerySchema, SEARCH_FIELDS, type SearchField } from "@/lib/community/schemas";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { BoardSearchForm } from "@/components/community/board-search-form";
import { FavoriteButton } from "@/components/community/favorite-button";
import { PencilIcon } from "@/components/community/icons";
import { Pager } from "@/components/community/pager";
import { PostList } from "@/components/community/post-list";
import { SearchResultBar } from "@/components/ui/list-search";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const FILTER_OF: Record<SearchField, "q" | "title" | "content"> = {
  all: "q",
  title: "title",
  content: "content",
};

export const metadata: Metadata = { title: "게시판" };

export default async function BoardPage({ params, searchParams }: Props) {
  const viewer = await requireViewer("freshman");
  const boardId = pageIdParam((await params).id);
  const sp = await searchParams;
  const board = await orNotFound(getBoardOrThrow(viewer, boardId));
  // The star comes with the page's session (no statement of its own).
  const favorite = (await getFavoriteBoardIds()).includes(board.id);
  const manages = board.kind === "USER" && (board.managerId === viewer.id || viewer.isAdmin);

  const requestedField = searchParam(sp, "field");
  const field = SEARCH_FIELDS.find((f) => f.value === requestedField)?.value ?? "all";
  const q = (searchParam(sp, "q") ?? "").trim();
  const cursor = searchParam(sp, "cursor");

  // A search term that is too short shows its message next to the box and the board unfiltered.
  let searchError: string | undefined;
  const filters = boardPostsQuerySchema.safeParse({ [FILTER_OF[field]]: q || undefined });
  if (!filters.success) searchError = filters.error.issues[0]?.message;
  const query = filters.success ? filters.data : boardPostsQuerySchema.parse({});
  const page = await orNotFound(
    loadListPage(cursor, (c) => listBoardPosts(viewer, boardId, { ...query, cursor: c })),
  );
  const searching = Boolean(q && !searchError);

  return (
    <div className="space-y-3">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1">
          <h1 className="text-xl font-bold break-words">{board.name}</h1>
          {board.description && (
            <p className="mt-0.5 text-sm break-words text-gray-500">{board.description}</p>
          )}
          {board.kind === "USER" && (
            <p className="mt-0.5 text-xs text-gray-500">
              학생이 만든 게시판 · 관리자 {board.manager?.nickname ?? "(없음)"}
              {board.anonymousOnly && " · 익명 전용"}
            </p>
          )}
        </div>
        <div className="flex shrink-0 items-start gap-2">
          {!boardsRestricted(viewer) && (
            <FavoriteButton boardId={board.id} boardName={board.name} favorite={favorite} />
          )}
          {manages && (
            <Link
              href={`/boards/${board.id}/manage`}
              className="inline-flex items-center rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm text-gray-700 hover:bg-gray-50"
            >
              관리
            </Link>
          )}
          <Link
            href={`/boards/${board.id}/write`}
            className="inline-flex items-center gap-1 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          >
            <PencilIcon />
            글쓰기
          </Link>
        </div>
      </header>
      <section
        aria-label={`${board.name} 글`}
        className="overflow-hidden rounded-xl border border-gray-200 bg-white"
      >
        <BoardSearchForm action={`/boards/${board.id}`} field={field} q={q} error={searchError} />
        {searching && <SearchResultBar q={q} clearHref={`/boards/${board.id}`} />}
        <PostList
          posts={page.items}
          empty={searching ? "검색 결과가 없습니다." : "아직 글이 없습니다. 첫 글을 써 보세요!"}
        />
        <Pager
          basePath={`/boards/${board.id}`}
          params={searching ? { field, q } : undefined}
          nextCursor={page.nextCursor}
          isFirstPage={!cursor}
        />
      </section>
    </div>
  );
}
