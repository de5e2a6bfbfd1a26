import type { LectureDto } from "@/lib/lectures/lectures";
import { DAY_LABEL, formatLectureTimes } from "@/lib/lectures/format";
import { layoutGrid, type GridBlock, type GridEvent } from "./grid-layout";
import { LectureBlock } from "./lecture-block";

// The week as a grid: days across, hours down, one coloured block per meeting, placed and sized
// by its start and end minute, coloured by the timetable's colour rule (lib/timetable/colors.ts).
// Read-only unless `timetableId` is given: then a lecture's block is a button that opens its sheet
// (details, 강의평, 삭제). No hooks: rendered on the server for a friend's timetable and inside the
// owner's page alike.

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
  const byId = new Map(lectures.map((l) => [l.id, l]));
  return (
    <div className="space-y-3">
      <div
        role="region"
        aria-label={label}
        data-timetable-grid
        className="-mx-3 scroll-mt-24 overflow-x-auto rounded-xl border border-gray-200 bg-white [--hour:3.25rem] sm:mx-0 sm:[--hour:3.5rem]"
      >
        <div
          className="grid min-w-[20rem]"
          style={{ gridTemplateColumns: `1.25rem repeat(${days.length}, minmax(0, 1fr))` }}
        >
          <div className="border-b border-gray-200" aria-hidden="true" />
          {days.map((d) => (
            <div
              key={d}
              className="border-b border-l border-gray-200 py-1.5 text-center text-xs font-semibold text-gray-600"
            >
              {DAY_LABEL[d]}
            </div>
          ))}
          <div aria-hidden="true">
            {hours.map((h) => (
              <div
                key={h}
                className="h-(--hour) pt-0.5 pr-0.5 text-right text-[10px] leading-none text-gray-400 sm:pr-1"
              >
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
                backgroundImage:
                  "linear-gradient(to bottom, var(--color-gray-100) 1px, transparent 1px)",
                backgroundSize: "100% var(--hour)",
              }}
            >
              {blocks
                .filter((b) => b.day === d)
                .map((b) => {
                  const lecture = b.kind === "lecture" ? byId.get(b.lectureId) : undefined;
                  const className =
                    "absolute inset-x-px block overflow-hidden rounded-md border-l-2 px-[3px] py-0.5 text-[10px] leading-[1.2] tracking-[-0.02em] sm:border-l-[3px] sm:px-1.5 sm:text-[11px] sm:tracking-normal";
                  const style: React.CSSProperties = {
                    top: `calc(var(--hour) * ${b.top})`,
                    height: `calc(var(--hour) * ${b.height})`,
                    backgroundColor: b.color.bg,
                    color: b.color.fg,
                    borderColor: b.color.border,
                    borderLeftStyle: b.kind === "event" ? "dashed" : "solid",
                  };
                  if (timetableId !== undefined && lecture) {
                    return (
                      <LectureBlock
                        key={b.key}
                        timetableId={timetableId}
                        lecture={lecture}
                        className={className}
                        style={style}
                      >
                        <BlockText block={b} />
                      </LectureBlock>
                    );
                  }
                  return (
                    <div
                      key={b.key}
                      {...(b.kind === "event"
                        ? { "data-event-id": b.lectureId }
                        : { "data-lecture-id": b.lectureId })}
                      className={className}
                      style={style}
                    >
                      <BlockText block={b} />
                    </div>
                  );
                })}
            </div>
          ))}
        </div>
      </div>
      {unscheduled.length > 0 && (
        <section
          aria-label="시간 미정 수업"
          className="rounded-xl border border-gray-200 bg-white px-4 py-3 text-sm"
        >
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

/**
 * Name and room, readable in a 60-px column: Korean words are kept whole (keep-all) and only a
 * word longer than the column breaks; the room wraps at its space instead of being cut off.
 */
function BlockText({ block: b }: { block: GridBlock }) {
  return (
    <>
      <span className="line-clamp-3 block font-semibold [overflow-wrap:anywhere] break-keep">
        {b.name}
      </span>
      {b.room && (
        <span className="mt-0.5 line-clamp-2 block [overflow-wrap:anywhere] break-keep">
          {b.room}
        </span>
      )}
      <span className="sr-only">
        {b.kind === "event" ? "직접 추가 일정, " : ""}
        {DAY_LABEL[b.day]} {b.start}-{b.end}
      </span>
    </>
  );
}
