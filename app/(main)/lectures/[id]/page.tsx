import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { getDomainPath } from "@/lib/lectures/domains";
import { formatLectureTimes } from "@/lib/lectures/format";
import { getLectureOrThrow, listLectureSemesters } from "@/lib/lectures/lectures";
import { hasReviewedLecture, listLectureReviews } from "@/lib/lectures/reviews";
import { semesterLabel } from "@/lib/lectures/semesters";
import { RatingSummary } from "@/components/lectures/rating-stars";
import { ReviewForm } from "@/components/lectures/review-form";
import { ReviewList } from "@/components/lectures/review-list";
import { pageIdParam } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "강의평" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function LecturePage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const { id: rawId } = await params;
  const id = pageIdParam(rawId);
  const sp = await searchParams;
  const cursor = typeof sp.cursor === "string" ? sp.cursor : undefined;

  let lecture;
  try {
    lecture = await getLectureOrThrow(viewer, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  const [domain, reviewed, semesters, reviews] = await Promise.all([
    getDomainPath(viewer, lecture.domain.id),
    hasReviewedLecture(viewer, id),
    listLectureSemesters(viewer),
    listLectureReviews(viewer, id, { limit: 20, cursor }).catch((e) => {
      if (e instanceof AppError && e.code === "VALIDATION_FAILED")
        return { items: [], nextCursor: null };
      throw e;
    }),
  ]);

  return (
    <div className="space-y-4">
      <Link href="/lectures" className="text-sm text-gray-500 hover:underline">
        ← 강의평가
      </Link>
      <section
        aria-labelledby="lecture-heading"
        className="rounded-xl border border-gray-200 bg-white p-4"
      >
        <p className="text-xs text-gray-500">{domain.path.map((p) => p.name).join(" › ")}</p>
        <h1 id="lecture-heading" className="mt-1 text-xl font-bold">
          {lecture.name}
        </h1>
        <dl className="mt-2 grid grid-cols-[4.5rem_1fr] gap-y-1 text-sm">
          <dt className="text-gray-500">교수</dt>
          <dd>{lecture.professor}</dd>
          <dt className="text-gray-500">과목코드</dt>
          <dd>{lecture.code}</dd>
          <dt className="text-gray-500">학점</dt>
          <dd>{lecture.credits}학점</dd>
          <dt className="text-gray-500">학기</dt>
          <dd>{semesterLabel(lecture.semester)}</dd>
          <dt className="text-gray-500">시간</dt>
          <dd>{formatLectureTimes(lecture.times, { withRoom: true })}</dd>
        </dl>
        <div className="mt-3 border-t border-gray-100 pt-3">
          <RatingSummary rating={lecture.rating} size="lg" />
        </div>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-gray-50 px-3 py-2 text-sm">
          <Link href={`/books?lectureId=${lecture.id}`} className="font-medium hover:underline">
            <span aria-hidden="true">📚</span> 이 수업 책 {lecture.booksOnSale}권 판매 중 ›
          </Link>
          <Link
            href={`/books/new?lectureId=${lecture.id}`}
            className="rounded-md border border-gray-300 bg-white px-2.5 py-1 text-gray-700 hover:bg-gray-100"
          >
            이 수업 책 팔기
          </Link>
        </div>
      </section>

      <section
        aria-labelledby="reviews-heading"
        className="rounded-xl border border-gray-200 bg-white"
      >
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-gray-100 px-4 py-3">
          <h2 id="reviews-heading" className="font-bold">
            강의평{" "}
            <span className="text-sm font-normal text-gray-500">{lecture.rating.count}개</span>
          </h2>
          <ReviewForm
            lectureId={lecture.id}
            semesters={semesters}
            defaultSemester={lecture.semester}
            alreadyReviewed={reviewed}
          />
        </div>
        <ReviewList reviews={reviews.items} />
        {reviews.nextCursor && (
          <div className="border-t border-gray-100 p-2 text-center">
            <Link
              href={`/lectures/${lecture.id}?cursor=${encodeURIComponent(reviews.nextCursor)}`}
              className="inline-block rounded-md px-3 py-1.5 text-sm text-gray-700 hover:bg-gray-100"
            >
              더 보기
            </Link>
          </div>
        )}
      </section>
    </div>
  );
}
