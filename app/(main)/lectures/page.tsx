import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { formatLectureTimes } from "@/lib/lectures/format";
import { chooseSemester, listLectures, type LectureDto } from "@/lib/lectures/lectures";
import { searchTermSchema } from "@/lib/lectures/schemas";
import { semesterLabel } from "@/lib/lectures/semesters";
import { RatingSummary } from "@/components/lectures/rating-stars";
import { LectureHomeSections } from "@/components/lectures/lecture-home";
import { getLectureHome } from "@/lib/lectures/home";

export const metadata: Metadata = { title: "강의평가" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function LecturesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  const sp = await searchParams;
  const { semester, semesters } = await chooseSemester(viewer, sp.semester);
  const rawQ = first(sp.q) ?? "";
  const cursor = first(sp.cursor);
  // The home (no search, no semester chosen): latest 강의평 and the most reviewed lectures, as on
  // Everytime; a search or a chosen semester lists lectures instead.
  if (!rawQ && !cursor && !first(sp.semester)) {
    const home = await getLectureHome(viewer);
    return (
      <div className="space-y-3">
        <h1 className="text-lg font-bold">강의평가</h1>
        <SearchForm rawQ="" semester={semester} semesters={semesters} error={null} />
        <LectureHomeSections home={home} semester={semester} />
      </div>
    );
  }

  let error: string | null = null;
  let page: { items: LectureDto[]; nextCursor: string | null } = { items: [], nextCursor: null };
  const q = searchTermSchema.safeParse(rawQ);
  if (!q.success) {
    error = q.error.issues[0]?.message ?? "검색어를 확인해 주세요.";
  } else {
    try {
      page = await listLectures(viewer, { semester, q: q.data, cursor, limit: 20 });
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      error = e.message;
    }
  }
  const nextHref = page.nextCursor
    ? `/lectures?${new URLSearchParams({ semester, ...(q.success && q.data ? { q: q.data } : {}), cursor: page.nextCursor })}`
    : null;

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-bold">강의평가</h1>
      <SearchForm rawQ={rawQ} semester={semester} semesters={semesters} error={error} />
      {!error && (
        <section aria-label="수업" className="rounded-xl border border-gray-200 bg-white">
          {page.items.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-gray-500">검색 결과가 없습니다.</p>
          ) : (
            <ul className="divide-y divide-gray-100">
              {page.items.map((l) => (
                <li key={l.id}>
                  <Link href={`/lectures/${l.id}`} className="block px-4 py-3 hover:bg-gray-50">
                    <span className="flex flex-wrap items-baseline gap-x-2">
                      <span className="font-medium">{l.name}</span>
                      <span className="text-sm text-gray-600">{l.professor}</span>
                    </span>
                    <span className="mt-0.5 block text-xs text-gray-500">
                      {l.code} · {l.credits}학점 · {l.domain.name} · {formatLectureTimes(l.times)}
                    </span>
                    <span className="mt-1 block">
                      <RatingSummary rating={l.rating} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {nextHref && (
            <div className="border-t border-gray-100 p-2 text-center">
              <Link
                href={nextHref}
                className="inline-block rounded-md px-3 py-1.5 text-sm text-gray-700 hover:bg-gray-100"
              >
                다음 페이지 →
              </Link>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function SearchForm({
  rawQ,
  semester,
  semesters,
  error,
}: {
  rawQ: string;
  semester: string;
  semesters: string[];
  error: string | null;
}) {
  return (
    <form
      method="get"
      action="/lectures"
      role="search"
      className="flex flex-wrap gap-2 rounded-xl border border-gray-200 bg-white p-3"
    >
      <label htmlFor="lectures-q" className="sr-only">
        과목명, 교수명, 과목코드
      </label>
      <input
        id="lectures-q"
        name="q"
        type="search"
        defaultValue={rawQ}
        placeholder="과목명, 교수명, 과목코드로 검색"
        maxLength={50}
        aria-invalid={error ? true : undefined}
        aria-describedby="lectures-q-error"
        className="min-w-0 flex-1 basis-48 rounded-md border border-gray-300 px-3 py-1.5 text-sm"
      />
      <label htmlFor="lectures-semester" className="sr-only">
        학기
      </label>
      <select
        id="lectures-semester"
        name="semester"
        defaultValue={semester}
        className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm"
      >
        {semesters.map((s) => (
          <option key={s} value={s}>
            {semesterLabel(s)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded-md bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
      >
        검색
      </button>
      <p
        id="lectures-q-error"
        aria-live="polite"
        className="w-full text-xs text-red-600 empty:hidden"
      >
        {error}
      </p>
    </form>
  );
}
