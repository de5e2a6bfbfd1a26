import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listBooks } from "@/lib/books/service";
import {
  BOOK_STATUSES,
  bookListQuerySchema,
  STATUS_LABELS,
  type BookStatus,
} from "@/lib/books/schemas";
import { loadListPage, searchParam } from "@/lib/community/page-query";
import { getLectureOrThrow } from "@/lib/lectures/lectures";
import { orNotFound } from "@/lib/http/page-errors";
import { parseId } from "@/lib/validation/id";
import { BookList } from "@/components/books/book-list";
import { Pager } from "@/components/community/pager";
import { FilterPills, ListSearchForm, SearchResultBar } from "@/components/ui/list-search";

export const metadata: Metadata = { title: "책방" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 책방: the school's used textbooks, newest first, searched by title, author, ISBN or lecture
// name, narrowed to one lecture (from its page) and to a sale status.
export default async function BookstorePage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const q = (searchParam(sp, "q") ?? "").trim();
  const lectureId = parseId(searchParam(sp, "lectureId") ?? "") ?? undefined;
  const wanted = searchParam(sp, "status");
  const status = BOOK_STATUSES.find((s) => s === wanted);
  const cursor = searchParam(sp, "cursor");

  const lecture = lectureId ? await orNotFound(getLectureOrThrow(viewer, lectureId)) : null;
  let searchError: string | undefined;
  const parsed = bookListQuerySchema.safeParse({ q: q || undefined, lectureId, status });
  if (!parsed.success) searchError = parsed.error.issues[0]?.message;
  const query = parsed.success ? parsed.data : bookListQuerySchema.parse({ lectureId, status });
  const page = await loadListPage(cursor, (c) => listBooks(viewer, { ...query, cursor: c }));
  const searching = Boolean(q && !searchError);

  const href = (change: { status?: BookStatus | null; lectureId?: number | null; q?: null }) => {
    const p = new URLSearchParams();
    if (searching && change.q !== null) p.set("q", q);
    const l = change.lectureId === undefined ? lectureId : change.lectureId;
    if (l) p.set("lectureId", String(l));
    const s = change.status === undefined ? status : change.status;
    if (s) p.set("status", s);
    const qs = p.toString();
    return qs ? `/books?${qs}` : "/books";
  };
  const sellHref = lecture ? `/books/new?lectureId=${lecture.id}` : "/books/new";

  return (
    <div className="space-y-3">
      <header className="flex items-center justify-between gap-3">
        <h1 className="text-xl font-bold">책방</h1>
        <Link
          href={sellHref}
          className="inline-flex shrink-0 items-center rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          책 팔기
        </Link>
      </header>
      <section
        aria-label="판매 중인 책"
        className="overflow-hidden rounded-xl border border-gray-200 bg-white"
      >
        <ListSearchForm
          action="/books"
          id="book-q"
          label="책 제목, 저자, ISBN, 수업명"
          placeholder="책 제목, 저자, ISBN, 수업명"
          q={q}
          error={searchError}
          hidden={{ lectureId: lectureId ? String(lectureId) : undefined, status }}
        />
        <FilterPills
          label="판매 상태"
          items={[null, ...BOOK_STATUSES].map((s) => ({
            key: s ?? "all",
            href: href({ status: s }),
            label: s ? STATUS_LABELS[s] : "전체",
            current: (s ?? undefined) === status,
          }))}
        />
        {lecture && (
          <p className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-100 bg-gray-50 px-4 py-2 text-sm text-gray-700">
            <span>
              수업:{" "}
              <Link href={`/lectures/${lecture.id}`} className="font-semibold hover:underline">
                {lecture.name}
              </Link>{" "}
              ({lecture.professor}, {lecture.semester})
            </span>
            <Link
              href={href({ lectureId: null })}
              className="rounded px-2 py-1 text-gray-600 hover:bg-gray-200"
            >
              모든 수업 보기
            </Link>
          </p>
        )}
        {searching && <SearchResultBar q={q} clearHref={href({ q: null })} />}
        <BookList
          books={page.items}
          empty={
            searching
              ? "찾는 책이 없습니다."
              : lecture
                ? "이 수업 책을 파는 사람이 아직 없어요."
                : "아직 올라온 책이 없습니다. 첫 책을 올려 보세요!"
          }
        />
        <Pager
          basePath="/books"
          params={{
            q: searching ? q : undefined,
            lectureId: lectureId ? String(lectureId) : undefined,
            status,
          }}
          nextCursor={page.nextCursor}
          isFirstPage={!cursor}
        />
      </section>
    </div>
  );
}
