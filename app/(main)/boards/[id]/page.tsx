import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { getBoardOrThrow } from "@/lib/community/boards";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { listBoardPosts } from "@/lib/community/posts";
import { boardPostsQuerySchema, SEARCH_FIELDS, type SearchField } from "@/lib/community/schemas";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { BoardSearchForm } from "@/components/community/board-search-form";
import { PencilIcon } from "@/components/community/icons";
import { Pager } from "@/components/community/pager";
import { PostList } from "@/components/community/post-list";

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
      <header className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-xl font-bold">{board.name}</h1>
          {board.description && <p className="mt-0.5 text-sm text-gray-500">{board.description}</p>}
        </div>
        <Link
          href={`/boards/${board.id}/write`}
          className="inline-flex shrink-0 items-center gap-1 rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          <PencilIcon />
          글쓰기
        </Link>
      </header>
      <section
        aria-label={`${board.name} 글`}
        className="overflow-hidden rounded-xl border border-gray-200 bg-white"
      >
        <BoardSearchForm action={`/boards/${board.id}`} field={field} q={q} error={searchError} />
        {searching && (
          <p className="flex items-center justify-between border-b border-gray-100 bg-gray-50 px-4 py-2 text-sm text-gray-600">
            <span>
              ‘<strong className="text-gray-900">{q}</strong>’ 검색 결과
            </span>
            <Link
              href={`/boards/${board.id}`}
              className="rounded px-2 py-1 text-gray-500 hover:bg-gray-200"
            >
              검색 취소
            </Link>
          </p>
        )}
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
