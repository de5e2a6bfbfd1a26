import { describe, expect, it } from "vitest";
import {
  conflictMessage,
  findConflicts,
  findScheduleConflicts,
  meetingsOverlap,
  type ScheduledLecture,
} from "@/lib/timetable/conflicts";

const lecture = (
  id: number,
  name: string,
  times: [string, number, number][],
): ScheduledLecture => ({
  id,
  name,
  times: times.map(([day, startMinute, endMinute]) => ({ day, startMinute, endMinute })),
});

describe("findConflicts", () => {
  const philosophy = lecture(1, "서양철학의이해", [
    ["MON", 630, 705],
    ["WED", 630, 705],
  ]);
  const literature = lecture(2, "문학과사회", [
    ["MON", 705, 780],
    ["WED", 705, 780],
  ]);

  it("treats meetings as half-open: [630,705) and [705,780) do not overlap", () => {
    expect(findConflicts([philosophy], literature)).toEqual([]);
    expect(findConflicts([literature], philosophy)).toEqual([]);
  });

  it("finds an overlap of a single minute on either edge", () => {
    expect(findConflicts([philosophy], lecture(3, "A", [["MON", 704, 720]]))).toEqual([
      { lectureId: 1, name: "서양철학의이해" },
    ]);
    expect(findConflicts([philosophy], lecture(3, "B", [["WED", 600, 631]]))).toEqual([
      { lectureId: 1, name: "서양철학의이해" },
    ]);
    expect(findConflicts([philosophy], lecture(3, "C", [["WED", 600, 630]]))).toEqual([]);
  });

  it("finds containment both ways and identical times", () => {
    expect(findConflicts([philosophy], lecture(3, "inside", [["MON", 640, 650]]))).toHaveLength(1);
    expect(findConflicts([philosophy], lecture(3, "around", [["MON", 600, 800]]))).toHaveLength(1);
    expect(findConflicts([philosophy], lecture(3, "same", [["WED", 630, 705]]))).toHaveLength(1);
  });

  it("ignores other days", () => {
    expect(findConflicts([philosophy], lecture(3, "tue", [["TUE", 630, 705]]))).toEqual([]);
  });

  it("names every conflicting lecture once, in timetable order", () => {
    const spanning = lecture(3, "긴수업", [
      ["MON", 700, 710],
      ["WED", 700, 710],
    ]);
    expect(findConflicts([literature, philosophy], spanning)).toEqual([
      { lectureId: 2, name: "문학과사회" },
      { lectureId: 1, name: "서양철학의이해" },
    ]);
    expect(conflictMessage(findConflicts([literature, philosophy], spanning))).toBe(
      "문학과사회, 서양철학의이해 수업과 같은 시간에 이미 수업이 있습니다",
    );
  });

  it("never conflicts without meeting times", () => {
    const online = lecture(3, "온라인", []);
    expect(findConflicts([philosophy, literature], online)).toEqual([]);
    expect(findConflicts([online], philosophy)).toEqual([]);
  });

  it("meetingsOverlap is symmetric", () => {
    const a = { day: "FRI", startMinute: 540, endMinute: 615 };
    const b = { day: "FRI", startMinute: 614, endMinute: 700 };
    expect(meetingsOverlap(a, b)).toBe(true);
    expect(meetingsOverlap(b, a)).toBe(true);
  });
});

describe("conflictMessage", () => {
  it("is Everytime's wording", () => {
    expect(conflictMessage([{ lectureId: 1, name: "자료구조" }])).toBe(
      "자료구조 수업과 같은 시간에 이미 수업이 있습니다",
    );
  });
});

describe("findScheduleConflicts (lectures and 직접 추가 events)", () => {
  const philosophy = lecture(1, "서양철학의이해", [["MON", 630, 705]]);
  const band = { id: 7, title: "밴드", times: [{ day: "MON", startMinute: 700, endMinute: 800 }] };

  it("names lectures first, then events, and leaves out the item being replaced", () => {
    const times = [{ day: "MON", startMinute: 690, endMinute: 720 }];
    expect(findScheduleConflicts({ lectures: [philosophy], events: [band] }, times)).toEqual([
      { lectureId: 1, name: "서양철학의이해" },
      { eventId: 7, name: "밴드" },
    ]);
    expect(
      findScheduleConflicts({ lectures: [philosophy], events: [band] }, times, { eventId: 7 }),
    ).toEqual([{ lectureId: 1, name: "서양철학의이해" }]);
    expect(
      findScheduleConflicts({ lectures: [philosophy], events: [band] }, [
        { day: "MON", startMinute: 800, endMinute: 900 },
      ]),
    ).toEqual([]);
  });

  it("says 일정 when an event is among the conflicts", () => {
    expect(conflictMessage([{ eventId: 7, name: "밴드" }])).toBe(
      "밴드와(과) 같은 시간에 이미 일정이 있습니다",
    );
  });
});
