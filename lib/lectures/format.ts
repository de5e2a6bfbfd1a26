// Client-safe formatting of structured lecture times (minutes from midnight, half-open).

export const WEEKDAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type Day = (typeof WEEKDAYS)[number];

export const DAY_LABEL: Record<Day, string> = {
  MON: "월",
  TUE: "화",
  WED: "수",
  THU: "목",
  FRI: "금",
  SAT: "토",
  SUN: "일",
};

/** 630 → "10:30". */
export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

type Meeting = { day: Day; startMinute: number; endMinute: number };

/**
 * Stored meetings (a lecture's, a 직접 추가 event's) as the API shows them: in week order, then by
 * start, with "HH:MM" times; `extra` adds what else a meeting carries (a lecture's room).
 */
export function meetingTimes<M extends Meeting, X extends object = object>(
  meetings: M[],
  extra: (m: M) => X = () => ({}) as X,
): ({ day: Day; start: string; end: string } & X)[] {
  return [...meetings]
    .sort(
      (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.startMinute - b.startMinute,
    )
    .map((m) => ({
      day: m.day,
      start: formatMinute(m.startMinute),
      end: formatMinute(m.endMinute),
      ...extra(m),
    }));
}

/** "10:30" → 630; the inverse of formatMinute. */
export function parseClock(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h * 60 + m;
}

export type TimeLike = { day: Day; start: string; end: string; room?: string | null };

/** One meeting as students read it: "월 10:30-11:45". */
export function formatLectureTime(t: TimeLike): string {
  return `${DAY_LABEL[t.day]} ${t.start}-${t.end}`;
}

/** All meetings in week order, "월 10:30-11:45, 수 10:30-11:45"; none → "시간 미정". */
export function formatLectureTimes(times: TimeLike[], opts: { withRoom?: boolean } = {}): string {
  if (times.length === 0) return "시간 미정";
  return [...times]
    .sort(
      (a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.start.localeCompare(b.start),
    )
    .map((t) =>
      opts.withRoom && t.room ? `${formatLectureTime(t)} (${t.room})` : formatLectureTime(t),
    )
    .join(", ");
}
