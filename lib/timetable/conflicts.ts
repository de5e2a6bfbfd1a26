// Client-safe and pure: which lectures and events already in a timetable meet at the same time as
// a new one. Times are half-open minute intervals [start, end): 10:30–11:45 and 11:45–13:00 do not
// overlap.

export type Meeting = { day: string; startMinute: number; endMinute: number };
export type ScheduledLecture = { id: number; name: string; times: Meeting[] };
/** A 직접 추가 event; its `title` is the name conflicts report. */
export type ScheduledEvent = { id: number; title: string; times: Meeting[] };
/** A lecture conflict names the lecture; an event conflict (직접 추가) names the event. */
export type Conflict = { lectureId: number; name: string } | { eventId: number; name: string };

export function meetingsOverlap(a: Meeting, b: Meeting): boolean {
  return a.day === b.day && a.startMinute < b.endMinute && b.startMinute < a.endMinute;
}

const overlapsAny = (a: Meeting[], b: Meeting[]) =>
  a.some((t) => b.some((c) => meetingsOverlap(t, c)));

/** The existing lectures (in their order) with a meeting overlapping any meeting of `candidate`. */
export function findConflicts(
  existing: ScheduledLecture[],
  candidate: ScheduledLecture,
): Conflict[] {
  return existing
    .filter((lecture) => lecture.id !== candidate.id)
    .filter((lecture) => overlapsAny(lecture.times, candidate.times))
    .map((lecture) => ({ lectureId: lecture.id, name: lecture.name }));
}

/**
 * Lectures first, then events, that overlap `times`. `except` leaves out the item being replaced
 * (an event being edited, a lecture being re-added).
 */
export function findScheduleConflicts(
  existing: { lectures: ScheduledLecture[]; events: ScheduledEvent[] },
  times: Meeting[],
  except: { lectureId?: number; eventId?: number } = {},
): Conflict[] {
  const lectures = existing.lectures
    .filter((l) => l.id !== except.lectureId && overlapsAny(l.times, times))
    .map((l) => ({ lectureId: l.id, name: l.name }));
  const events = existing.events
    .filter((e) => e.id !== except.eventId && overlapsAny(e.times, times))
    .map((e) => ({ eventId: e.id, name: e.title }));
  return [...lectures, ...events];
}

/** Everytime's refusal: "X 수업과 같은 시간에 이미 수업이 있습니다" (events: "… 일정이 있습니다"). */
export function conflictMessage(conflicts: Conflict[]): string {
  const names = conflicts.map((c) => c.name).join(", ");
  if (conflicts.every((c) => "lectureId" in c))
    return `${names} 수업과 같은 시간에 이미 수업이 있습니다`;
  return `${names}와(과) 같은 시간에 이미 일정이 있습니다`;
}
