import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildTimetableIcs, escapeText, foldLine } from "@/lib/timetable/ics";
import { defaultSemesterDates } from "@/lib/timetable/semester-dates";

describe("ics writer", () => {
  it("escapes TEXT and folds at 75 octets without splitting a character", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    const long = `SUMMARY:${"가".repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split("\r\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(long);
  });

  it("writes events ical.js reads back, skipping meetings after the last class day", () => {
    const text = buildTimetableIcs({
      calendarName: "내 시간표",
      timetableId: 3,
      stamp: new Date("2026-08-01T00:00:00Z"),
      startDate: "2026-09-01",
      endDate: "2026-09-03",
      lectures: [
        {
          id: 9,
          name: "자료구조, 심화",
          professor: "김교수",
          code: "CSE2010-01",
          times: [
            { day: "TUE", startMinute: 540, endMinute: 615, room: "공학관 101" },
            { day: "FRI", startMinute: 540, endMinute: 615 },
          ],
        },
      ],
      events: [
        {
          id: 4,
          title: "야간 알바",
          place: null,
          times: [{ day: "WED", startMinute: 1320, endMinute: 1440 }],
        },
      ],
    });
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(events.map((e) => e.getFirstPropertyValue("uid"))).toEqual([
      "t3-lecture9-TUE-540@campustime",
      "t3-event4-WED-1320@campustime",
    ]);
    expect(events[0].getFirstPropertyValue("summary")).toBe("자료구조, 심화");
    expect(String(events[1].getFirstPropertyValue("dtend"))).toBe("2026-09-03T00:00:00");
  });

  it("defaults to realistic Korean semester dates", () => {
    expect(defaultSemesterDates("2026-1")).toEqual({
      semester: "2026-1",
      startDate: "2026-03-02",
      endDate: "2026-06-19",
    });
    expect(defaultSemesterDates("2026-2")).toEqual({
      semester: "2026-2",
      startDate: "2026-09-01",
      endDate: "2026-12-18",
    });
    expect(defaultSemesterDates("2026-S")).toEqual({
      semester: "2026-S",
      startDate: "2026-06-22",
      endDate: "2026-07-17",
    });
    expect(defaultSemesterDates("2026-W")).toEqual({
      semester: "2026-W",
      startDate: "2026-12-28",
      endDate: "2027-01-22",
    });
    // 2025-03-02 is a Sunday: classes start on Monday 03-03.
    expect(defaultSemesterDates("2025-1").startDate).toBe("2025-03-03");
  });
});
