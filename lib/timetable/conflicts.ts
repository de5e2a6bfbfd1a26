// Client-safe and pure: which lectures already in a timetable meet at the same time as a new one.
// Times are half-open minute intervals [start, end): 10:30–11:45 and 11:45–13:00 do not overlap.

export type Meeting = { day: string; startMinute: number; endMinute: number };
export type ScheduledLecture = { id: number; name: string; times: Meeting[] };
export type Conflict = { lectureId: number; name: string };

export function meetingsOverlap(a: Meeting, b: Meeting): boolean {
  return a.day === b.day && a.startMinute < b.endMinute && b.startMinute < a.endMinute;
}

/** The existing lectures (in their order) with a meeting overlapping any meeting of `candidate`. */
export function findConflicts(existing: ScheduledLecture[], candidate: ScheduledLecture): Conflict[] {
  return existing
    .filter((lecture) => lecture.id !== candidate.id)
    .filter((lecture) => lecture.times.some((t) => candidate.times.some((c) => meetingsOverlap(t, c))))
    .map((lecture) => ({ lectureId: lecture.id, name: lecture.name }));
}

/** Everytime's refusal: "X 수업과 같은 시간에 이미 수업이 있습니다". */
export function conflictMessage(conflicts: Conflict[]): string {
  return `${conflicts.map((c) => c.name).join(", ")} 수업과 같은 시간에 이미 수업이 있습니다`;
}
