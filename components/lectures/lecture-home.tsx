import Link from "next/link";
import type { LectureHome } from "@/lib/lectures/home";
import { semesterLabel } from "@/lib/lectures/semesters";
import { RatingSummary } from "./rating-stars";
import { ReviewRow } from "./review-row";

// The 강의평가 home: 최근 강의평 (anonymous: a review shows its lecture, stars, the semester taken
// and the text, never who wrote it) and 많이 평가된 수업, then a way into this semester's catalogue.

export function LectureHomeSections({ home, semester }: { home: LectureHome; semester: string }) {
  return (
    <div className="grid gap-3 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] md:items-start">
      <section
        aria-labelledby="recent-reviews-heading"
        className="rounded-xl border border-gray-200 bg-white"
      >
        <h2 id="recent-reviews-heading" className="border-b border-gray-100 px-4 py-2.5 font-bold">
          최근 강의평
        </h2>
        {home.recentReviews.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-gray-500">
            아직 우리 학교 강의평이 없습니다. 들은 수업의 첫 강의평을 남겨 주세요.
          </p>
        ) : (
          <ul className="divide-y divide-gray-100">
            {home.recentReviews.map((r) => (
              <ReviewRow key={r.id} review={r} of="home" />
            ))}
          </ul>
        )}
      </section>
      <section
        aria-labelledby="most-reviewed-heading"
        className="rounded-xl border border-gray-200 bg-white"
      >
        <h2 id="most-reviewed-heading" className="border-b border-gray-100 px-4 py-2.5 font-bold">
          요즘 강의평 많은 수업
        </h2>
        {home.mostReviewed.length === 0 ? (
          <p className="px-4 py-6 text-center text-sm text-gray-500">
            강의평이 쌓이면 여기에 보입니다.
          </p>
        ) : (
          <ol className="divide-y divide-gray-100">
            {home.mostReviewed.map((l, i) => (
              <li key={l.id}>
                <Link
                  href={`/lectures/${l.id}`}
                  className="flex items-center gap-3 px-4 py-2.5 hover:bg-gray-50"
                >
                  <span
                    aria-hidden="true"
                    className="w-4 shrink-0 text-center text-sm font-bold text-brand-600"
                  >
                    {i + 1}
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block truncate font-medium">{l.name}</span>
                    <span className="block text-xs text-gray-500">
                      {l.professor} · {semesterLabel(l.semester)}
                    </span>
                  </span>
                  <RatingSummary rating={l.rating} />
                </Link>
              </li>
            ))}
          </ol>
        )}
        <p className="border-t border-gray-100 px-4 py-2.5 text-center text-sm">
          <Link
            href={`/lectures?semester=${encodeURIComponent(semester)}`}
            className="text-brand-700 underline-offset-2 hover:underline"
          >
            {semesterLabel(semester)} 수업 전체 보기 →
          </Link>
        </p>
      </section>
    </div>
  );
}
