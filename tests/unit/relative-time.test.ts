import { describe, expect, it } from "vitest";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";

// Times are read in Korea (UTC+9): now is 2026-11-25 21:00 KST.
const now = new Date("2026-11-25T21:00:00+09:00");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe("formatRelativeTime", () => {
  it.each([
    [0, "방금"],
    [59_000, "방금"],
    [-30_000, "방금"], // a little in the future (clock skew)
    [MIN, "1분 전"],
    [3 * MIN, "3분 전"],
    [59 * MIN + 59_000, "59분 전"],
    [HOUR, "1시간 전"],
    [2 * HOUR, "2시간 전"],
    [23 * HOUR + 59 * MIN, "23시간 전"],
  ])("%i ms ago → %s", (ms, expected) => {
    expect(formatRelativeTime(ago(ms), now)).toBe(expected);
  });

  it("says 어제 for the previous Korean calendar day once a day has passed", () => {
    expect(formatRelativeTime(new Date("2026-11-24T20:59:00+09:00"), now)).toBe("어제");
    expect(formatRelativeTime(new Date("2026-11-24T00:00:00+09:00"), now)).toBe("어제");
  });

  it("then MM/DD, and YY/MM/DD in another year", () => {
    expect(formatRelativeTime(new Date("2026-11-23T23:59:00+09:00"), now)).toBe("11/23");
    expect(formatRelativeTime(new Date("2026-01-05T09:00:00+09:00"), now)).toBe("01/05");
    expect(formatRelativeTime(new Date("2025-12-31T09:00:00+09:00"), now)).toBe("25/12/31");
  });

  it("uses Korean dates, not the server's: 00:30 KST is today in Korea while still yesterday in UTC", () => {
    const earlyMorning = new Date("2026-11-26T00:30:00+09:00");
    expect(formatRelativeTime(new Date("2026-11-25T23:00:00+09:00"), earlyMorning)).toBe(
      "1시간 전",
    );
    expect(
      formatRelativeTime(
        new Date("2026-11-24T23:00:00+09:00"),
        new Date("2026-11-26T08:00:00+09:00"),
      ),
    ).toBe("11/24");
    expect(
      formatRelativeTime(
        new Date("2026-11-25T01:00:00+09:00"),
        new Date("2026-11-26T08:00:00+09:00"),
      ),
    ).toBe("어제");
  });

  it("accepts ISO strings", () => {
    expect(formatRelativeTime(ago(5 * MIN).toISOString(), now)).toBe("5분 전");
  });
});

describe("formatDateTime", () => {
  it("prints the Korean wall-clock time", () => {
    expect(formatDateTime(new Date("2026-11-25T12:06:00Z"))).toBe("2026/11/25 21:06");
    expect(formatDateTime("2026-12-31T15:30:00Z")).toBe("2027/01/01 00:30");
  });
});
