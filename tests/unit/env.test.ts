import { describe, expect, it } from "vitest";
import { currentSemester } from "@/lib/env";

describe("currentSemester", () => {
  it("maps the calendar to Korean semesters", () => {
    delete process.env.CURRENT_SEMESTER;
    expect(currentSemester(new Date("2026-03-02T00:00:00"))).toBe("2026-1");
    expect(currentSemester(new Date("2026-07-15T00:00:00"))).toBe("2026-S");
    expect(currentSemester(new Date("2026-11-25T00:00:00"))).toBe("2026-2");
    expect(currentSemester(new Date("2027-01-10T00:00:00"))).toBe("2026-W");
  });
});
