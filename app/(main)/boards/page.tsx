import type { Metadata } from "next";
import Link from "next/link";
import { boardsRestricted } from "@/lib/auth/gate";
import { requireViewer } from "@/lib/auth/viewer";
import { listBoards, type BoardDto } from "@/lib/community/board-list";
import { boardListQuerySchema, type BoardSort } from "@/lib/community/board-schemas";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { FavoriteButton } from "@/components/community/favorite-button";
import { Pager } from "@/components/community/pager";
import { FilterPills, ListSearchForm, SearchResultBar } from "@/components/ui/list-search";

export const metadata: Metadata = { title: "게시판 찾기" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = 40;
const SORTS: { value: BoardSort; label: string }[] = [
  { value: "new", label: "최신순" },
  { value: "active", label: "활동순" },
];

/** Where a board of the list belongs: the parts of GET /api/v1/boards, in that order. */
function partOf(b: BoardDto): "favorites" | "school" | "students" {
  if (b.isFavorite) return "favorites";
  return b.kind === "USER" ? "students" : "school";
}
const PART_TITLE = {
  favorites: "즐겨찾기한 게시판",
  school: "학교 게시판",
  students: "학생들이 만든 게시판",
} as const;

function BoardLine({ board, canStar }: { board: BoardDto; canStar: boolean }) {
  return (
    <li className="flex items-start gap-2 px-4 py-3">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
          <Link href={`/boards/${board.id}`} className="font-semibold hover:underline">
            {board.name}
          </Link>
          {board.anonymousOnly && (
            <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-600">
              익명 전용
            </span>
          )}
        </p>
        {board.description && (
          <p className="mt-0.5 text-sm break-words text-gray-600">{board.description}</p>
        )}
        {board.manager && (
          <p className="mt-0.5 text-xs text-gray-500">관리자 {board.manager.nickname}</p>
        )}
      </div>
      {canStar && (
        <FavoriteButton
          boardId={board.id}
          boardName={board.name}
          favorite={board.isFavorite}
          compact
        />
      )}
    </li>
  );
}

// 게시판 찾기: every open board of the school, the student's starred ones first, then the
// school's own boards, then the boards students made (newest or most active first), with a search
// over names and descriptions. The home page shows only the first two parts.
export default async function BoardFinderPage({ searchParams }: Props) {
  // A 새내기 sees what GET /api/v1/boards gives them (the 새내기게시판), without the star or
  // 게시판 만들기, which take a verified student (lib/auth/gate.ts).
  const viewer = await requireViewer("freshman");
  const restricted = boardsRestricted(viewer);
  const sp = await searchParams;
  const q = (searchParam(sp, "q") ?? "").trim();
  const sort: BoardSort = searchParam(sp, "sort") === "active" ? "active" : "new";
  const cursor = searchParam(sp, "cursor");

  let searchError: string | undefined;
  const parsed = boardListQuerySchema.safeParse({ q: q || undefined, sort, limit: PAGE_SIZE });
  if (!parsed.success) searchError = parsed.error.issues[0]?.message;
  const query = parsed.success
    ? parsed.data
    : boardListQuerySchema.parse({ sort, limit: PAGE_SIZE });
  const page = await loadListPage(cursor, (c) => listBoards(viewer, { ...query, cursor: c }));
  const searching = Boolean(q && !searchError);

  const parts: { part: keyof typeof PART_TITLE; boards: BoardDto[] }[] = [];
  for (const b of page.items) {
    const part = partOf(b);
    if (parts.at(-1)?.part !== part) parts.push({ part, boards: [] });
    parts.at(-1)!.boards.push(b);
  }
  const sortHref = (s: BoardSort) => {
    const p = new URLSearchParams();
    if (searching) p.set("q", q);
    if (s !== "new") p.set("sort", s);
    const qs = p.toString();
    return qs ? `/boards?${qs}` : "/boards";
  };

  return (
    <div className="space-y-3">
      <header className="flex items-center justify-between gap-3">
        <h1 className="text-xl font-bold">게시판 찾기</h1>
        {!restricted && (
          <Link
            href="/boards/new"
            className="inline-flex shrink-0 items-center rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            게시판 만들기
          </Link>
        )}
      </header>
      <section
        aria-label="게시판 목록"
        className="overflow-hidden rounded-xl border border-gray-200 bg-white"
      >
        <ListSearchForm
          action="/boards"
          id="board-q"
          label="게시판 이름이나 소개"
          placeholder="게시판 이름이나 소개 (2글자 이상)"
          q={q}
          error={searchError}
          hidden={{ sort: sort === "new" ? undefined : sort }}
        />
        <FilterPills
          label="학생 게시판 정렬"
          caption="학생 게시판"
          items={SORTS.map((s) => ({
            key: s.value,
            href: sortHref(s.value),
            label: s.label,
            current: s.value === sort,
          }))}
        />
        {searching && (
          <SearchResultBar q={q} clearHref={sort === "new" ? "/boards" : `/boards?sort=${sort}`} />
        )}
        {parts.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-gray-500">
            {searching ? "찾는 게시판이 없습니다. 새로 만들어 보세요!" : "게시판이 없습니다."}
          </p>
        ) : (
          parts.map(({ part, boards }, i) => (
            <section key={`${part}-${i}`} aria-labelledby={`part-${part}-${i}`}>
              <h2
                id={`part-${part}-${i}`}
                className="border-b border-gray-100 bg-gray-50 px-4 py-1.5 text-xs font-semibold text-gray-600"
              >
                {PART_TITLE[part]}
              </h2>
              <ul className="divide-y divide-gray-100">
                {boards.map((b) => (
                  <BoardLine key={b.id} board={b} canStar={!restricted} />
                ))}
              </ul>
            </section>
          ))
        )}
        <Pager
          basePath="/boards"
          params={{ q: searching ? q : undefined, sort: sort === "new" ? undefined : sort }}
          nextCursor={page.nextCursor}
          isFirstPage={!cursor}
        />
      </section>
    </div>
  );
}
