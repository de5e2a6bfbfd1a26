import type { LectureDto } from "@/lib/lectures/lectures";
import { DAY_LABEL, formatLectureTimes } from "@/lib/lectures/format";
import { layoutGrid, type GridEvent } from "./grid-layout";
import { EVENT_COLOR, lectureColor } from "./lecture-colors";
import { RemoveLectureButton } from "./remove-lecture-button";

// The week as a grid: days across, hours down, one coloured block per meeting, placed and sized
// by its start and end minute. Read-only unless `timetableId` is given (then blocks have a ×
// 삭제 on wider screens; the owner's page lists every lecture with 삭제 below the grid).
// No hooks: rendered on the server for a friend's timetable and inside the owner's page alike.

export function TimetableGrid({
  lectures,
  events = [],
  timetableId,
  label = "시간표",
}: {
  lectures: LectureDto[];
  events?: GridEvent[];
  timetableId?: number;
  label?: string;
}) {
  const { days, startHour, endHour, blocks } = layoutGrid(lectures, events);
  const hours = Array.from({ length: endHour - startHour }, (_, i) => startHour + i);
  const unscheduled = lectures.filter((l) => l.times.length === 0);
  return (
    <div className="space-y-3">
      <div role="region" aria-label={label} className="overflow-x-auto rounded-xl border border-gray-200 bg-white [--hour:3rem] sm:[--hour:3.5rem]">
        <div className="grid min-w-[20rem]" style={{ gridTemplateColumns: `1.75rem repeat(${days.length}, minmax(0, 1fr))` }}>
          <div className="border-b border-gray-200" aria-hidden="true" />
          {days.map((d) => (
            <div key={d} className="border-b border-l border-gray-200 py-1.5 text-center text-xs font-semibold text-gray-600">
              {DAY_LABEL[d]}
            </div>
          ))}
          <div aria-hidden="true">
            {hours.map((h) => (
              <div key={h} className="h-(--hour) pr-1 pt-0.5 text-right text-[10px] leading-none text-gray-400">
                {h}
              </div>
            ))}
          </div>
          {days.map((d) => (
            <div
              key={d}
              className="relative border-l border-gray-200"
              style={{
                height: `calc(var(--hour) * ${hours.length})`,
                backgroundImage: "linear-gradient(to bottom, var(--color-gray-100) 1px, transparent 1px)",
                backgroundSize: "100% var(--hour)",
              }}
            >
              {blocks
                .filter((b) => b.day === d)
                .map((b) => {
                  const color = b.kind === "event" ? EVENT_COLOR : lectureColor(b.lectureId);
                  return (
                    <div
                      key={b.key}
                      {...(b.kind === "event" ? { "data-event-id": b.lectureId } : { "data-lecture-id": b.lectureId })}
                      className="absolute inset-x-px overflow-hidden rounded-md border-l-4 px-1 py-0.5 text-[10px] leading-tight sm:text-[11px]"
                      style={{
                        top: `calc(var(--hour) * ${b.top})`,
                        height: `calc(var(--hour) * ${b.height})`,
                        backgroundColor: color.bg,
                        color: color.fg,
                        borderColor: color.border,
                        borderLeftStyle: b.kind === "event" ? "dashed" : "solid",
                      }}
                    >
                      <p className="line-clamp-3 font-semibold break-all">{b.name}</p>
                      {b.room && <p className="mt-0.5 truncate opacity-80">{b.room}</p>}
                      <p className="sr-only">
                        {b.kind === "event" ? "직접 추가 일정, " : ""}
                        {DAY_LABEL[b.day]} {b.start}-{b.end}
                      </p>
                      {timetableId !== undefined && b.kind === "lecture" && (
                        <RemoveLectureButton timetableId={timetableId} lectureId={b.lectureId} lectureName={b.name} variant="icon" />
                      )}
                    </div>
                  );
                })}
            </div>
          ))}
        </div>
      </div>
      {unscheduled.length > 0 && (
        <section aria-label="시간 미정 수업" className="rounded-xl border border-gray-200 bg-white px-4 py-3 text-sm">
          <h3 className="text-xs font-semibold text-gray-500">시간 미정 · 온라인</h3>
          <ul className="mt-1 space-y-1">
            {unscheduled.map((l) => (
              <li key={l.id} className="flex flex-wrap items-baseline gap-x-2">
                <span className="font-medium">{l.name}</span>
                <span className="text-gray-500">{l.professor}</span>
                <span className="text-gray-500">{formatLectureTimes(l.times)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
