import { parseClock, WEEKDAYS, type Day } from "@/lib/lectures/format";
import { timetableColors, type BlockColor } from "@/lib/timetable/colors";

// Pure geometry of the week grid: which days and hours to draw, where each meeting goes.

export type GridLecture = {
  id: number;
  name: string;
  times: { day: Day; start: string; end: string; room: string | null }[];
};

export type GridEvent = {
  id: number;
  title: string;
  place: string | null;
  times: { day: Day; start: string; end: string }[];
};

export type GridBlock = {
  key: string;
  /** A lecture's id, or for a 직접 추가 event its id with `kind: "event"`. */
  kind: "lecture" | "event";
  lectureId: number;
  name: string;
  room: string | null;
  day: Day;
  start: string;
  end: string;
  /** Offsets from the grid's first hour, in hours (fractions allowed). */
  top: number;
  height: number;
  /** The timetable's colour for this lecture or event (lib/timetable/colors.ts). */
  color: BlockColor;
};

export type GridLayout = { days: Day[]; startHour: number; endHour: number; blocks: GridBlock[] };

/**
 * 월–금 always, 토/일 only when a lecture meets then; hours from the earliest start, at least 9–18.
 * `lectures` and `events` in order of addition (as timetable answers list them): that order picks colours.
 */
export function layoutGrid(lectures: GridLecture[], events: GridEvent[] = []): GridLayout {
  const colors = timetableColors(
    lectures.map((l) => l.id),
    events.map((e) => e.id),
  );
  const meetings = [
    ...lectures.flatMap((l) =>
      l.times.map((t) => ({
        kind: "lecture" as const,
        lecture: l,
        t,
        start: parseClock(t.start),
        end: parseClock(t.end),
      })),
    ),
    ...events.flatMap((e) =>
      e.times.map((t) => ({
        kind: "event" as const,
        lecture: { id: e.id, name: e.title },
        t: { ...t, room: e.place },
        start: parseClock(t.start),
        end: parseClock(t.end),
      })),
    ),
  ];
  const used = new Set(meetings.map((m) => m.t.day));
  const days = WEEKDAYS.filter((d) => !["SAT", "SUN"].includes(d) || used.has(d));
  const startHour = Math.min(9, ...meetings.map((m) => Math.floor(m.start / 60)));
  const endHour = Math.max(18, ...meetings.map((m) => Math.ceil(m.end / 60)));
  const blocks = meetings.map(({ kind, lecture, t, start, end }, i) => ({
    key: `${kind}-${lecture.id}-${t.day}-${t.start}-${i}`,
    kind,
    lectureId: lecture.id,
    name: lecture.name,
    room: t.room,
    day: t.day,
    start: t.start,
    end: t.end,
    top: (start - startHour * 60) / 60,
    height: (end - start) / 60,
    color: kind === "event" ? colors.event(lecture.id) : colors.lecture(lecture.id),
  }));
  return { days, startHour, endHour, blocks };
}
