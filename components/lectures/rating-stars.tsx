// ★ average (count) for a lecture, the stars filled in proportion (4.5 → four and a half);
// no reviews → "강의평 없음".
export function RatingSummary({
  rating,
  size = "sm",
}: {
  rating: { average: number | null; count: number };
  size?: "sm" | "lg";
}) {
  if (rating.count === 0 || rating.average === null) {
    return (
      <span className={`${size === "lg" ? "text-sm" : "text-xs"} text-gray-400`}>강의평 없음</span>
    );
  }
  return (
    <span className={`inline-flex items-center gap-1 ${size === "lg" ? "text-base" : "text-xs"}`}>
      <span aria-hidden="true" className="relative inline-block tracking-tighter text-gray-300">
        ★★★★★
        <span
          className="absolute inset-y-0 left-0 overflow-hidden whitespace-nowrap text-brand-500"
          style={{ width: `${(rating.average / 5) * 100}%` }}
        >
          ★★★★★
        </span>
      </span>
      <span className="font-semibold">
        <span className="sr-only">평점 </span>
        {rating.average.toFixed(1)}
      </span>
      <span className="text-gray-500">({rating.count}개)</span>
    </span>
  );
}

// One review's rating: as many filled stars of five, read out as "N점".
export function ReviewStars({ rating }: { rating: number }) {
  return (
    <span role="img" aria-label={`${rating}점`} className="tracking-tighter text-brand-500">
      {"★".repeat(rating)}
      <span className="text-gray-300">{"★".repeat(5 - rating)}</span>
    </span>
  );
}
