import { semesterLabel } from "@/lib/lectures/semesters";

// GPA by semester on the 4.5 scale: a small SVG line chart (no chart library).

export function GpaChart({
  semesters,
}: {
  semesters: { semester: string; gpa: number | null; majorGpa: number | null }[];
}) {
  const points = semesters.filter((s) => s.gpa !== null);
  if (points.length === 0)
    return (
      <p className="py-6 text-center text-sm text-gray-500">
        성적을 저장하면 학기별 평점 그래프가 그려집니다.
      </p>
    );
  const W = 320;
  const H = 150;
  const left = 28;
  const right = 12;
  const top = 12;
  const bottom = 28;
  const x = (i: number) =>
    points.length === 1
      ? (left + W - right) / 2
      : left + (i * (W - left - right)) / (points.length - 1);
  const y = (v: number) => top + ((4.5 - v) / 4.5) * (H - top - bottom);
  const line = (key: "gpa" | "majorGpa") =>
    points
      .map((p, i) => (p[key] === null ? null : `${x(i)},${y(p[key]!)}`))
      .filter(Boolean)
      .join(" ");
  const short = (s: string) =>
    semesterLabel(s)
      .replace("년 ", ".")
      .replace("학기", "")
      .replace("여름", "여름")
      .replace("겨울", "겨울");
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="w-full max-w-xl"
        role="img"
        aria-label={`학기별 평점: ${points.map((p) => `${semesterLabel(p.semester)} ${p.gpa}`).join(", ")}`}
      >
        {[0, 1.5, 3, 4.5].map((v) => (
          <g key={v}>
            <line
              x1={left}
              x2={W - right}
              y1={y(v)}
              y2={y(v)}
              className="stroke-gray-200"
              strokeWidth="1"
            />
            <text x={left - 4} y={y(v) + 3} textAnchor="end" fontSize="9" className="fill-gray-500">
              {v}
            </text>
          </g>
        ))}
        <polyline
          points={line("majorGpa")}
          fill="none"
          stroke="#f59e0b"
          strokeWidth="1.5"
          strokeDasharray="4 3"
        />
        <polyline points={line("gpa")} fill="none" className="stroke-brand-600" strokeWidth="2" />
        {points.map((p, i) => (
          <g key={p.semester}>
            <circle cx={x(i)} cy={y(p.gpa!)} r="3" className="fill-brand-600" />
            <text
              x={x(i)}
              y={y(p.gpa!) - 6}
              textAnchor="middle"
              fontSize="9"
              className="fill-gray-700"
            >
              {p.gpa!.toFixed(2)}
            </text>
            <text x={x(i)} y={H - 10} textAnchor="middle" fontSize="9" className="fill-gray-500">
              {short(p.semester)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="mt-1 flex gap-3 text-[11px] text-gray-500">
        <span>
          <span
            className="mr-1 inline-block h-0.5 w-4 align-middle"
            style={{ background: "#c62917" }}
          />
          전체 평점
        </span>
        <span>
          <span
            className="mr-1 inline-block h-0.5 w-4 border-t border-dashed align-middle"
            style={{ borderColor: "#f59e0b" }}
          />
          전공 평점
        </span>
      </figcaption>
    </figure>
  );
}
