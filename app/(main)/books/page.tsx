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
import { SEARCH_MAX, SEARCH_MIN } from "@/lib/community/schemas";
import { getLectureOrThrow } from "@/lib/lectures/lectures";
import { orNotFound } from "@/lib/http/page-errors";
import { parseId } from "@/lib/validation/id";
import { BookList } from "@/components/books/book-list";
import { Pager } from "@/components/community/pager";

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

  const href = (change: { status?: BookStatus | null; lectureId?: number | null }) => {
    const p = new URLSearchParams();
    if (searching) p.set("q", q);
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
        <form role="search" action="/books" className="border-b border-gray-100 px-4 py-3">
          {lectureId && <input type="hidden" name="lectureId" value={lectureId} />}
          {status && <input type="hidden" name="status" value={status} />}
          <div className="flex gap-2">
            <label htmlFor="book-q" className="sr-only">
              책 제목, 저자, ISBN, 수업명
            </label>
            <input
              id="book-q"
              name="q"
              type="search"
              defaultValue={q}
              minLength={SEARCH_MIN}
              maxLength={SEARCH_MAX}
              placeholder="책 제목, 저자, ISBN, 수업명"
              aria-invalid={searchError ? true : undefined}
              aria-describedby={searchError ? "book-q-error" : undefined}
              className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-2 text-sm"
            />
            <button
              type="submit"
              className="shrink-0 rounded-md bg-gray-800 px-3 py-2 text-sm font-medium text-white hover:bg-gray-900"
            >
              검색
            </button>
          </div>
          <p
            id="book-q-error"
            aria-live="polite"
            className="mt-1 text-sm text-brand-600 empty:hidden"
          >
            {searchError}
          </p>
        </form>
        <nav
          aria-label="판매 상태"
          className="flex flex-wrap items-center gap-1 border-b border-gray-100 px-4 py-2 text-sm"
        >
          {[null, ...BOOK_STATUSES].map((s) => (
            <Link
              key={s ?? "all"}
              href={href({ status: s })}
              aria-current={(s ?? undefined) === status ? "page" : undefined}
              className={`rounded-full px-3 py-1 ${
                (s ?? undefined) === status
                  ? "bg-gray-800 font-medium text-white"
                  : "text-gray-600 hover:bg-gray-100"
              }`}
            >
              {s ? STATUS_LABELS[s] : "전체"}
            </Link>
          ))}
        </nav>
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
        {searching && (
          <p className="flex items-center justify-between border-b border-gray-100 bg-gray-50 px-4 py-2 text-sm text-gray-600">
            <span>
              ‘<strong className="text-gray-900">{q}</strong>’ 검색 결과
            </span>
            <Link
              href={(() => {
                const p = new URLSearchParams();
                if (lectureId) p.set("lectureId", String(lectureId));
                if (status) p.set("status", status);
                const qs = p.toString();
                return qs ? `/books?${qs}` : "/books";
              })()}
              className="rounded px-2 py-1 text-gray-500 hover:bg-gray-200"
            >
              검색 취소
            </Link>
          </p>
        )}
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
