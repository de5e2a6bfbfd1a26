import type { ReviewDto } from "@/lib/lectures/reviews";
import { AMOUNT_LABEL, ATTENDANCE_LABEL, GRADING_LABEL } from "@/lib/lectures/labels";
import { semesterLabel } from "@/lib/lectures/semesters";
import { ReviewStars } from "./rating-stars";

// 강의평 목록: anonymous by construction (the DTO has no author), newest first.

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

export function ReviewList({ reviews }: { reviews: ReviewDto[] }) {
  if (reviews.length === 0)
    return (
      <p className="px-4 py-6 text-center text-sm text-gray-500">
        아직 강의평이 없습니다. 첫 강의평을 남겨 주세요.
      </p>
    );
  return (
    <ul className="divide-y divide-gray-100">
      {reviews.map((r) => (
        <li key={r.id} className="space-y-1 px-4 py-3">
          <div className="flex flex-wrap items-center gap-x-2 text-sm">
            <ReviewStars rating={r.rating} />
            <span className="text-xs text-gray-500">{semesterLabel(r.semester)} 수강자</span>
            {r.isMine && (
              <span className="rounded bg-gray-100 px-1.5 text-xs text-gray-600">내 강의평</span>
            )}
            <time dateTime={r.createdAt} className="ml-auto text-xs text-gray-400">
              {new Date(r.createdAt).toLocaleDateString("ko-KR", { timeZone: "Asia/Seoul" })}
            </time>
          </div>
          {tags(r).length > 0 && (
            <ul aria-label="평가 항목" className="flex flex-wrap gap-1">
              {tags(r).map((t) => (
                <li key={t} className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">
                  {t}
                </li>
              ))}
            </ul>
          )}
          <p className="text-sm whitespace-pre-line">{r.content}</p>
        </li>
      ))}
    </ul>
  );
}
