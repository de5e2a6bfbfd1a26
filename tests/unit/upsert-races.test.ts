import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getNotificationSettings, updateNotificationSettings } from "@/lib/push/settings";
import { setSemesterDates } from "@/lib/timetable/calendar-service";
import { firstSchoolId, makeViewer } from "../support/viewers";

// Writes that create a row on first use, raced by a burst of the same request (as the fuzz suite
// does through nginx on PostgreSQL): every request answers, none with a unique-key conflict, and
// one row is left with the last value.

describe("first writes raced by a burst", () => {
  it("notification settings: 40 concurrent PUTs for a student with no row yet", async () => {
    const viewer = await makeViewer();
    // An empty PUT (every switch kept) makes Prisma emulate the upsert (a read, then an INSERT):
    // the case the fuzz suite's bodies hit through nginx.
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        updateNotificationSettings(viewer, i === 39 ? { hot: false } : {}),
      ),
    );
    expect(results.filter((r) => r.status === "rejected").map((r) => String(r.reason))).toEqual([]);
    expect(await prisma.notificationSetting.count({ where: { userId: viewer.id } })).toBe(1);
    expect((await getNotificationSettings(viewer)).hot).toBe(false);
  });

  it("semester dates: 8 concurrent saves of a new semester by an admin", async () => {
    const schoolId = await firstSchoolId();
    const admin = await makeViewer({ schoolId, isAdmin: true });
    const semester = "2031-1";
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        setSemesterDates(admin, semester, { startDate: "2031-03-02", endDate: "2031-06-20" }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected").map((r) => String(r.reason))).toEqual([]);
    expect(await prisma.semesterDates.count({ where: { schoolId, semester } })).toBe(1);
  });
});
