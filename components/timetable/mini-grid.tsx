import { DAY_LABEL } from "@/lib/lectures/format";
import { layoutGrid, type GridLecture } from "./grid-layout";

// A small, read-only week grid for browsing 시간표 마법사 results.

export function MiniGrid({ lectures, label }: { lectures: GridLecture[]; label: string }) {
  const { days, startHour, endHour, blocks } = layoutGrid(lectures);
  const hours = endHour - startHour;
  return (
    <div
      role="img"
      aria-label={label}
      className="overflow-hidden rounded-md border border-gray-200 bg-white"
    >
      <div
        className="grid"
        style={{ gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))` }}
      >
        {days.map((d) => (
          <div key={d} className="border-b border-gray-200 text-center text-[10px] text-gray-500">
            {DAY_LABEL[d]}
          </div>
        ))}
        {days.map((d) => (
          <div
            key={d}
            className="relative h-40 border-l border-gray-100 first:border-l-0"
            style={{
              backgroundImage:
                "linear-gradient(to bottom, var(--color-gray-100) 1px, transparent 1px)",
              backgroundSize: `100% ${100 / hours}%`,
            }}
          >
            {blocks
              .filter((b) => b.day === d)
              .map((b) => {
                const c = b.color;
                return (
                  <div
                    key={b.key}
                    className="absolute inset-x-px overflow-hidden rounded-sm px-0.5 text-[8px] leading-[1.15] [overflow-wrap:anywhere] break-keep"
                    style={{
                      top: `${(b.top / hours) * 100}%`,
                      height: `${(b.height / hours) * 100}%`,
                      backgroundColor: c.bg,
                      color: c.fg,
                    }}
                  >
                    {b.name}
                  </div>
                );
              })}
          </div>
        ))}
      </div>
    </div>
  );
}
