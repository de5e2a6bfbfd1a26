import type { ReviewDto } from "@/lib/lectures/reviews";
import { ReviewRow } from "./review-row";

// 강의평 목록 of a lecture: anonymous by construction (the DTO has no author), newest first.

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
        <ReviewRow key={r.id} review={r} />
      ))}
    </ul>
  );
}
