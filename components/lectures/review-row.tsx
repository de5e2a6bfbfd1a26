import Link from "next/link";
import type { HomeReviewDto } from "@/lib/lectures/home";
import type { ReviewDto } from "@/lib/lectures/reviews";
import { AMOUNT_LABEL, ATTENDANCE_LABEL, GRADING_LABEL } from "@/lib/lectures/labels";
import { semesterLabel } from "@/lib/lectures/semesters";
import { ReviewStars } from "./rating-stars";

// One 강의평 as a row of a list: its stars, the semester it was taken and its text — anonymous by
// construction (neither DTO has an author). On a lecture's page it adds its 평가 항목, 내 강의평 and
// its date; on the 강의평가 home it names its lecture and links there, the text cut to two lines.

function tags(r: ReviewDto): string[] {
  const out: string[] = [];
  if (r.assignment) out.push(`과제 ${AMOUNT_LABEL[r.assignment]}`);
  if (r.teamProject) out.push(`조모임 ${AMOUNT_LABEL[r.teamProject]}`);
  if (r.grading) out.push(`학점 ${GRADING_LABEL[r.grading]}`);
  if (r.attendance) out.push(`출결 ${ATTENDANCE_LABEL[r.attendance]}`);
  if (r.examCount !== null)
    out.push(
      r.examCount === 0
        ? "시험 없음"
        : `시험 ${r.examCount >= 4 ? "4회 이상" : `${r.examCount}회`}`,
    );
  return out;
}

export function ReviewRow(
  props: { review: ReviewDto; of?: never } | { review: HomeReviewDto; of: "home" },
) {
  const { review } = props;
  const full = props.of === "home" ? null : props.review;
  const meta = (
    <span className="flex flex-wrap items-center gap-x-2 text-xs">
      <ReviewStars rating={review.rating} />
      <span className="text-gray-500">{semesterLabel(review.semester)} 수강자</span>
      {full?.isMine && <span className="rounded bg-gray-100 px-1.5 text-gray-600">내 강의평</span>}
      {full && (
        <time dateTime={review.createdAt} className="ml-auto text-gray-400">
          {new Date(review.createdAt).toLocaleDateString("ko-KR", { timeZone: "Asia/Seoul" })}
        </time>
      )}
    </span>
  );
  if (props.of === "home") {
    const { lecture } = props.review;
    return (
      <li>
        <Link
          href={`/lectures/${lecture.id}`}
          className="block space-y-1 px-4 py-3 hover:bg-gray-50"
        >
          <span className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-medium">{lecture.name}</span>
            <span className="text-xs text-gray-500">{lecture.professor}</span>
          </span>
          {meta}
          <span className="line-clamp-2 block text-sm text-gray-700">{review.content}</span>
        </Link>
      </li>
    );
  }
  const labels = tags(props.review);
  return (
    <li className="space-y-1 px-4 py-3">
      {meta}
      {labels.length > 0 && (
        <ul aria-label="평가 항목" className="flex flex-wrap gap-1">
          {labels.map((t) => (
            <li key={t} className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">
              {t}
            </li>
          ))}
        </ul>
      )}
      <p className="text-sm whitespace-pre-line">{review.content}</p>
    </li>
  );
}
