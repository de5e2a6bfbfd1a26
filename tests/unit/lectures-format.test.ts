import { describe, expect, it } from "vitest";
import {
  formatLectureTime,
  formatLectureTimes,
  formatMinute,
  parseClock,
} from "@/lib/lectures/format";
import { compareSemesters, semesterLabel } from "@/lib/lectures/semesters";
import { reviewInputSchema, searchTermSchema, semesterSchema } from "@/lib/lectures/schemas";
import { layoutGrid } from "@/components/timetable/grid-layout";

describe("lecture time formatting", () => {
  it("formats minutes from midnight as HH:MM and back", () => {
    expect(formatMinute(630)).toBe("10:30");
    expect(formatMinute(540)).toBe("09:00");
    expect(formatMinute(0)).toBe("00:00");
    expect(formatMinute(1439)).toBe("23:59");
    expect(parseClock("10:30")).toBe(630);
  });

  it("reads a meeting as 월 10:30-11:45", () => {
    expect(formatLectureTime({ day: "MON", start: "10:30", end: "11:45" })).toBe("월 10:30-11:45");
    expect(formatLectureTime({ day: "SUN", start: "09:00", end: "10:00" })).toBe("일 09:00-10:00");
  });

  it("lists meetings in week order, with rooms on request, and 시간 미정 for none", () => {
    const times = [
      { day: "WED" as const, start: "10:30", end: "11:45", room: "인문관 301" },
      { day: "MON" as const, start: "10:30", end: "11:45", room: null },
    ];
    expect(formatLectureTimes(times)).toBe("월 10:30-11:45, 수 10:30-11:45");
    expect(formatLectureTimes(times, { withRoom: true })).toBe(
      "월 10:30-11:45, 수 10:30-11:45 (인문관 301)",
    );
    expect(formatLectureTimes([])).toBe("시간 미정");
  });
});

describe("semesters", () => {
  it("labels and orders semesters by the calendar", () => {
    expect(semesterLabel("2026-2")).toBe("2026년 2학기");
    expect(semesterLabel("2026-S")).toBe("2026년 여름학기");
    expect(semesterLabel("2026-W")).toBe("2026년 겨울학기");
    expect(["2026-W", "2027-1", "2026-2", "2026-1", "2026-S"].sort(compareSemesters)).toEqual([
      "2026-1",
      "2026-S",
      "2026-2",
      "2026-W",
      "2027-1",
    ]);
  });

  it("accepts only YYYY-1|2|S|W", () => {
    for (const ok of ["2026-1", "2026-2", "2026-S", "2026-W"])
      expect(semesterSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["2026-3", "2026-s", "26-1", "2026", ""])
      expect(semesterSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe("search terms", () => {
  it("need at least 2 characters; blank means no search", () => {
    expect(searchTermSchema.parse("  ")).toBeUndefined();
    expect(searchTermSchema.parse(" 철학 ")).toBe("철학");
    expect(searchTermSchema.safeParse("철").success).toBe(false);
  });
});

describe("review input", () => {
  const base = {
    rating: "5",
    content: "스무 자가 넘는 강의평을 써 봅니다. 좋아요.",
    semester: "2026-1",
  };
  it("takes form strings, blank optionals as absent", () => {
    expect(reviewInputSchema.parse({ ...base, assignment: "", examCount: "" })).toEqual({
      rating: 5,
      content: base.content,
      semester: "2026-1",
    });
    expect(reviewInputSchema.parse({ ...base, grading: "HARSH", examCount: "2" })).toMatchObject({
      grading: "HARSH",
      examCount: 2,
    });
  });
  it("counts content after trimming", () => {
    expect(
      reviewInputSchema.safeParse({ ...base, content: `  ${"가".repeat(19)}  ` }).success,
    ).toBe(false);
    expect(reviewInputSchema.safeParse({ ...base, content: "가".repeat(20) }).success).toBe(true);
  });
});

describe("timetable grid layout", () => {
  const lecture = (
    id: number,
    times: {
      day: "MON" | "TUE" | "WED" | "THU" | "FRI" | "SAT" | "SUN";
      start: string;
      end: string;
    }[],
  ) => ({
    id,
    name: `과목${id}`,
    times: times.map((t) => ({ ...t, room: null })),
  });

  it("draws 월–금 and 9–18 at least", () => {
    const layout = layoutGrid([lecture(1, [{ day: "MON", start: "10:30", end: "11:45" }])]);
    expect(layout.days).toEqual(["MON", "TUE", "WED", "THU", "FRI"]);
    expect([layout.startHour, layout.endHour]).toEqual([9, 18]);
    expect(layout.blocks).toEqual([
      expect.objectContaining({ lectureId: 1, day: "MON", top: 1.5, height: 1.25 }),
    ]);
  });

  it("adds 토/일 only when used and stretches hours to the earliest start and latest end", () => {
    const layout = layoutGrid([
      lecture(1, [{ day: "SAT", start: "08:00", end: "09:00" }]),
      lecture(2, [{ day: "FRI", start: "18:30", end: "20:15" }]),
    ]);
    expect(layout.days).toEqual(["MON", "TUE", "WED", "THU", "FRI", "SAT"]);
    expect([layout.startHour, layout.endHour]).toEqual([8, 21]);
    expect(layout.blocks.find((b) => b.lectureId === 2)).toMatchObject({ top: 10.5, height: 1.75 });
    expect(layoutGrid([lecture(3, [{ day: "SUN", start: "09:00", end: "10:00" }])]).days).toEqual([
      "MON",
      "TUE",
      "WED",
      "THU",
      "FRI",
      "SUN",
    ]);
  });

  it("has no blocks for lectures without times", () => {
    expect(layoutGrid([lecture(1, [])]).blocks).toEqual([]);
  });
});

describe("object particle", () => {
  it("picks 을 after a final consonant and 를 after a vowel", async () => {
    const { withObjectParticle } = await import("@/lib/format/josa");
    expect(withObjectParticle("경제학원론")).toBe("경제학원론을");
    expect(withObjectParticle("서양철학의이해")).toBe("서양철학의이해를");
    expect(withObjectParticle("동양고전읽기(온라인)")).toBe("동양고전읽기(온라인)을(를)");
  });
  it("reads a final Latin letter or digit as Korean does", async () => {
    const { withObjectParticle } = await import("@/lib/format/josa");
    expect(withObjectParticle("요청한 API")).toBe("요청한 API를"); // 아이
    expect(withObjectParticle("URL")).toBe("URL을"); // 엘
    expect(withObjectParticle("알고리즘2")).toBe("알고리즘2를"); // 이
    expect(withObjectParticle("캡스톤디자인1")).toBe("캡스톤디자인1을"); // 일
    expect(withObjectParticle("C++")).toBe("C++을(를)");
  });
  it("makes the 404 message of an unknown API route read right", async () => {
    const { notFound } = await import("@/lib/http/errors");
    expect(notFound("요청한 API").message).toBe("요청한 API를 찾을 수 없습니다.");
    expect(notFound("수업").message).toBe("수업을 찾을 수 없습니다.");
    expect(notFound("쪽지").message).toBe("쪽지를 찾을 수 없습니다.");
  });
});
