import { describe, expect, it } from "vitest";
import { formatCommentTime, formatCommentTimestamp } from "@/lib/format/relative-time";

// Times are KST (UTC+9): 2026-09-03 15:00 KST is 06:00 UTC.
const now = Date.UTC(2026, 8, 3, 6, 0);
const kst = (month: number, day: number, hour: number, minute: number, year = 2026) =>
  new Date(Date.UTC(year, month - 1, day, hour - 9, minute));

describe("formatCommentTime", () => {
  it("says 방금 within a minute", () => {
    expect(formatCommentTime(new Date(now - 30_000), now)).toBe("방금");
    expect(formatCommentTime(new Date(now + 5_000), now)).toBe("방금");
  });

  it("counts minutes within the hour", () => {
    expect(formatCommentTime(new Date(now - 60_000), now)).toBe("1분 전");
    expect(formatCommentTime(new Date(now - 59 * 60_000), now)).toBe("59분 전");
  });

  it("counts hours earlier today (Korean day)", () => {
    expect(formatCommentTime(kst(9, 3, 12, 30), now)).toBe("2시간 전");
    expect(formatCommentTime(kst(9, 3, 0, 5), now)).toBe("14시간 전");
  });

  it("says 어제 with the time for yesterday, even less than 24 hours ago", () => {
    expect(formatCommentTime(kst(9, 2, 23, 50), now)).toBe("어제 23:50");
    expect(formatCommentTime(kst(9, 2, 0, 1), now)).toBe("어제 00:01");
  });

  it("shows MM/DD HH:mm this year and YY/MM/DD HH:mm before", () => {
    expect(formatCommentTime(kst(8, 31, 9, 5), now)).toBe("08/31 09:05");
    expect(formatCommentTime(kst(12, 24, 18, 0, 2025), now)).toBe("25/12/24 18:00");
  });

  it("accepts ISO strings and gives a full KST timestamp", () => {
    expect(formatCommentTime(kst(9, 3, 14, 0).toISOString(), now)).toBe("1시간 전");
    expect(formatCommentTimestamp("2026-09-03T05:07:00.000Z")).toBe("2026.09.03 14:07");
  });
});
