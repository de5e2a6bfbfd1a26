import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import {
  addLecturesToTimetable,
  addLectureToTimetable,
  createTimetable,
  deleteTimetable,
  getMyTimetable,
  listMyTimetables,
  listOrCreateSemesterTimetables,
  removeLectureFromTimetable,
  updateTimetable,
} from "@/lib/timetable/service";
import {
  getFriendTimetable,
  listFriendRequests,
  listFriends,
  removeFriend,
  respondToFriendRequest,
  sendFriendRequest,
} from "@/lib/friends/service";
import { makeViewer, twoSchoolIds, uniqueTag } from "../support/viewers";

// The timetable and friends services against the throwaway database (no HTTP, no mocks):
// ownership, primary timetables, time conflicts, all-or-nothing apply, and who may see whose
// timetable.

const SEMESTER = "2031-1"; // a semester of these tests' own lectures only
let schoolId: number;
let otherSchoolId: number;
let domainId: number;

type Meeting = { day: "MON" | "TUE" | "WED" | "THU" | "FRI"; start: number; end: number };

async function makeLecture(name: string, times: Meeting[], school = schoolId) {
  const domain =
    school === schoolId
      ? domainId
      : (
          await prisma.lectureDomain.findFirstOrThrow({
            where: { schoolId: school },
            select: { id: true },
          })
        ).id;
  return prisma.lecture.create({
    data: {
      schoolId: school,
      code: `T${uniqueTag()}`,
      name,
      professor: "김교수",
      credits: 3,
      semester: SEMESTER,
      domainId: domain,
      times: {
        create: times.map((t) => ({
          day: t.day,
          startMinute: t.start,
          endMinute: t.end,
          room: "공학관 101",
        })),
      },
    },
    select: { id: true, name: true },
  });
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, "expected a refusal").not.toBeNull();
  return e as { code: string; message: string };
}

beforeAll(async () => {
  [schoolId, otherSchoolId] = await twoSchoolIds();
  domainId = (
    await prisma.lectureDomain.findFirstOrThrow({ where: { schoolId }, select: { id: true } })
  ).id;
});

describe("timetable service", () => {
  let me: Viewer;
  let db: { id: number; name: string };
  let os: { id: number; name: string };
  let clash: { id: number; name: string };

  beforeAll(async () => {
    me = await makeViewer({ schoolId });
    db = await makeLecture("데이터베이스", [
      { day: "MON", start: 540, end: 630 },
      { day: "WED", start: 540, end: 630 },
    ]);
    os = await makeLecture("운영체제", [{ day: "MON", start: 630, end: 720 }]); // touches db at 10:30: no conflict
    clash = await makeLecture("컴퓨터구조", [{ day: "WED", start: 600, end: 690 }]);
  });

  it("the page's first visit makes 시간표 1 (primary); a second timetable is not primary", async () => {
    const first = await listOrCreateSemesterTimetables(me, SEMESTER);
    expect(first.map((t) => [t.name, t.isPrimary])).toEqual([["시간표 1", true]]);
    expect(await listOrCreateSemesterTimetables(me, SEMESTER)).toHaveLength(1); // not twice
    const second = await createTimetable(me, { name: "시간표 2", semester: SEMESTER });
    expect(second.isPrimary).toBe(false);
    expect(
      (await refusal(createTimetable(me, { name: "시간표 2", semester: SEMESTER }))).code,
    ).toBe("ALREADY_EXISTS");
  });

  it("adds lectures, refuses a repeat and a time conflict naming the lecture, removes", async () => {
    const [t] = await listMyTimetables(me, SEMESTER);
    await addLectureToTimetable(me, t.id, db.id);
    const after = await addLectureToTimetable(me, t.id, os.id);
    expect(after.lectures.map((l) => l.name)).toEqual(["데이터베이스", "운영체제"]);
    expect(await refusal(addLectureToTimetable(me, t.id, db.id))).toMatchObject({
      code: "ALREADY_EXISTS",
      message: "이미 추가한 수업입니다",
    });
    const conflict = await refusal(addLectureToTimetable(me, t.id, clash.id));
    expect(conflict.code).toBe("TIME_CONFLICT");
    expect(conflict.message).toContain("데이터베이스");
    await removeLectureFromTimetable(me, t.id, os.id);
    expect((await getMyTimetable(me, t.id)).lectures.map((l) => l.name)).toEqual(["데이터베이스"]);
    expect((await refusal(removeLectureFromTimetable(me, t.id, os.id))).code).toBe("NOT_FOUND");
  });

  it("applies several lectures all or nothing", async () => {
    const t = await createTimetable(me, { name: `마법사 ${uniqueTag()}`, semester: SEMESTER });
    expect((await refusal(addLecturesToTimetable(me, t.id, [os.id, db.id, clash.id]))).code).toBe(
      "TIME_CONFLICT",
    );
    expect((await getMyTimetable(me, t.id)).lectures).toHaveLength(0); // nothing went in
    const applied = await addLecturesToTimetable(me, t.id, [os.id, db.id]);
    expect(applied.lectures.map((l) => l.id).sort()).toEqual([db.id, os.id].sort());
  });

  it("another school's lecture is not found; a schoolmate's timetable is forbidden, another school's not found", async () => {
    const [t] = await listMyTimetables(me, SEMESTER);
    const elsewhere = await makeLecture(
      "남의 학교 수업",
      [{ day: "FRI", start: 540, end: 600 }],
      otherSchoolId,
    );
    expect((await refusal(addLectureToTimetable(me, t.id, elsewhere.id))).code).toBe("NOT_FOUND");
    const schoolmate = await makeViewer({ schoolId });
    expect((await refusal(getMyTimetable(schoolmate, t.id))).code).toBe("FORBIDDEN");
    expect((await refusal(updateTimetable(schoolmate, t.id, { name: "뺏기" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refusal(deleteTimetable(schoolmate, t.id))).code).toBe("FORBIDDEN");
    const outsider = await makeViewer({ schoolId: otherSchoolId });
    expect((await refusal(getMyTimetable(outsider, t.id))).code).toBe("NOT_FOUND");
    expect((await getMyTimetable(me, t.id)).id).toBe(t.id);
  });

  it("moving primary unsets the old one; deleting the primary hands it to the oldest remaining", async () => {
    const all = await listMyTimetables(me, SEMESTER);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const [oldest, second] = all;
    await updateTimetable(me, second.id, { isPrimary: true });
    let now = await listMyTimetables(me, SEMESTER);
    expect(now.filter((t) => t.isPrimary).map((t) => t.id)).toEqual([second.id]);
    expect((await refusal(updateTimetable(me, second.id, { isPrimary: false }))).code).toBe(
      "VALIDATION_FAILED",
    );
    await deleteTimetable(me, second.id);
    now = await listMyTimetables(me, SEMESTER);
    expect(now.filter((t) => t.isPrimary).map((t) => t.id)).toEqual([oldest.id]);
  });
});

describe("friends service", () => {
  let a: Viewer;
  let b: Viewer;

  beforeAll(async () => {
    a = await makeViewer({ schoolId });
    b = await makeViewer({ schoolId });
  });

  it("a request by nickname, seen on both sides, accepted into a friendship", async () => {
    const sent = await sendFriendRequest(a, b.nickname);
    expect((await listFriendRequests(b)).incoming.map((r) => r.id)).toEqual([sent.id]);
    expect((await listFriendRequests(a)).outgoing.map((r) => r.id)).toEqual([sent.id]);
    expect((await refusal(sendFriendRequest(a, b.nickname))).code).toBe("ALREADY_EXISTS");
    expect((await refusal(respondToFriendRequest(a, sent.id, "accept"))).code).toBe("FORBIDDEN"); // only the addressee answers
    await respondToFriendRequest(b, sent.id, "accept");
    expect((await listFriends(a)).map((f) => f.id)).toEqual([b.id]);
    expect((await listFriends(b)).map((f) => f.id)).toEqual([a.id]);
  });

  it("yourself, an unknown nickname and another school's student are refused alike (no probing)", async () => {
    expect((await refusal(sendFriendRequest(a, a.nickname))).code).toBe("VALIDATION_FAILED");
    const elsewhere = await makeViewer({ schoolId: otherSchoolId });
    const unknown = await refusal(sendFriendRequest(a, `없는사람${uniqueTag()}`));
    const otherSchool = await refusal(sendFriendRequest(a, elsewhere.nickname));
    expect(unknown).toMatchObject({ code: "NOT_FOUND" });
    expect(otherSchool).toMatchObject({ code: "NOT_FOUND", message: unknown.message });
  });

  it("a friend's primary timetable is visible unless PRIVATE; a stranger's never", async () => {
    const [mine] = await listOrCreateSemesterTimetables(b, SEMESTER);
    const lecture = await makeLecture("친구의 수업", [{ day: "THU", start: 780, end: 870 }]);
    await addLectureToTimetable(b, mine.id, lecture.id);
    await updateTimetable(b, mine.id, { visibility: "FRIENDS" }); // whatever the default, shared with friends
    const seen = await getFriendTimetable(a, b.id, SEMESTER);
    expect(seen.lectures.map((l) => l.name)).toEqual(["친구의 수업"]);
    await updateTimetable(b, mine.id, { visibility: "PRIVATE" });
    expect(await refusal(getFriendTimetable(a, b.id, SEMESTER))).toMatchObject({
      code: "FORBIDDEN",
      message: "친구가 시간표를 공개하지 않았습니다.",
    });
    await updateTimetable(b, mine.id, { visibility: "FRIENDS" });
    const stranger = await makeViewer({ schoolId });
    expect(await refusal(getFriendTimetable(stranger, b.id, SEMESTER))).toMatchObject({
      code: "FORBIDDEN",
      message: "친구만 시간표를 볼 수 있습니다.",
    });
  });

  it("removing the friend ends the access", async () => {
    await removeFriend(a, b.id);
    expect(await listFriends(a)).toEqual([]);
    expect((await refusal(getFriendTimetable(a, b.id, SEMESTER))).code).toBe("FORBIDDEN");
    expect((await refusal(removeFriend(a, b.id))).code).toBe("NOT_FOUND");
  });
});
