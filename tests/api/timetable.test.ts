import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { newTimetable } from "../support/timetables";
import { lectureIdByCode, makeLecture, SEED_FIXTURES, SEMESTER } from "./lectures-fixtures";

let hanbitId: number;
let saesolId: number;

beforeAll(async () => {
  [hanbitId, saesolId] = await firstSchoolIds();
});

const add = (user: TestUser, timetableId: number, lectureId: number) =>
  api("POST", `/api/v1/timetables/${timetableId}/lectures`, {
    token: user.token,
    body: { lectureId },
  });

describe("POST /api/v1/timetables", () => {
  it("creates an empty timetable with the SPEC's shape; the first of a semester is primary", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const res = await api("POST", "/api/v1/timetables", {
      token: user.token,
      body: { name: "  내 시간표  ", semester: SEMESTER },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      name: "내 시간표",
      semester: SEMESTER,
      isPrimary: true,
      visibility: "FRIENDS",
      totalCredits: 0,
      lectures: [],
      events: [],
    });
    const second = await newTimetable(user, "플랜 B");
    expect(second.isPrimary).toBe(false);
    const otherSemester = await newTimetable(user, "플랜 B", SEED_FIXTURES.previousSemester);
    expect(otherSemester.isPrimary).toBe(true);
  });

  it("refuses a duplicate name in the same semester (409) and bad input (400)", async () => {
    const user = await createUser({ schoolId: hanbitId });
    await newTimetable(user, "시간표 1");
    const dup = await api("POST", "/api/v1/timetables", {
      token: user.token,
      body: { name: "시간표 1", semester: SEMESTER },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe("ALREADY_EXISTS");
    for (const body of [
      { name: "", semester: SEMESTER },
      { name: "x", semester: "2026-3" },
      { semester: SEMESTER },
      { name: "a".repeat(31), semester: SEMESTER },
    ]) {
      const res = await api("POST", "/api/v1/timetables", { token: user.token, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    const malformed = await api("POST", "/api/v1/timetables", {
      token: user.token,
      rawBody: "{nope",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
  });

  it("needs a signed-in user", async () => {
    expect((await api("GET", "/api/v1/timetables")).status).toBe(401);
    expect(
      (await api("POST", "/api/v1/timetables", { body: { name: "a", semester: SEMESTER } })).status,
    ).toBe(401);
  });
});

describe("GET /api/v1/timetables", () => {
  it("lists only mine, optionally of one semester", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const other = await createUser({ schoolId: hanbitId });
    await newTimetable(other, "남의 것");
    const a = await newTimetable(user, "가");
    const b = await newTimetable(user, "나", SEED_FIXTURES.previousSemester);
    const all = await api("GET", "/api/v1/timetables", { token: user.token });
    expect(all.status).toBe(200);
    expect(all.body.items.map((t: any) => t.id)).toEqual([a.id, b.id]);
    const one = await api("GET", `/api/v1/timetables?semester=${SEMESTER}`, { token: user.token });
    expect(one.body.items.map((t: any) => t.id)).toEqual([a.id]);
    expect(
      (await api("GET", `/api/v1/timetables?semester=bad`, { token: user.token })).status,
    ).toBe(400);
  });
});

describe("GET, PATCH, DELETE /api/v1/timetables/:id", () => {
  it("is owner only: 403 for a schoolmate, 404 for another school or unknown id", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const mate = await createUser({ schoolId: hanbitId });
    const stranger = await createUser({ schoolId: saesolId });
    const t = await newTimetable(owner);
    expect((await api("GET", `/api/v1/timetables/${t.id}`, { token: owner.token })).status).toBe(
      200,
    );
    for (const [method, body] of [["GET"], ["PATCH", { name: "뺏기" }], ["DELETE"]] as const) {
      const asMate = await api(method, `/api/v1/timetables/${t.id}`, { token: mate.token, body });
      expect(asMate.status, `${method} as schoolmate`).toBe(403);
      expect(asMate.body.error.code).toBe("FORBIDDEN");
      const asStranger = await api(method, `/api/v1/timetables/${t.id}`, {
        token: stranger.token,
        body,
      });
      expect(asStranger.status, `${method} as other school`).toBe(404);
    }
    const lecture = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code);
    expect((await add(mate, t.id, lecture)).status).toBe(403);
    expect(
      (await api("DELETE", `/api/v1/timetables/${t.id}/lectures/${lecture}`, { token: mate.token }))
        .status,
    ).toBe(403);
    expect((await api("GET", `/api/v1/timetables/99999999`, { token: owner.token })).status).toBe(
      404,
    );
    expect((await api("GET", `/api/v1/timetables/abc`, { token: owner.token })).status).toBe(404);
    const after = await api("GET", `/api/v1/timetables/${t.id}`, { token: owner.token });
    expect(after.body.name).toBe("시간표 1");
    expect(after.body.lectures).toEqual([]);
  });

  it("renames (409 on a clash), changes visibility", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const a = await newTimetable(user, "가");
    await newTimetable(user, "나");
    const renamed = await api("PATCH", `/api/v1/timetables/${a.id}`, {
      token: user.token,
      body: { name: "다" },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe("다");
    const clash = await api("PATCH", `/api/v1/timetables/${a.id}`, {
      token: user.token,
      body: { name: "나" },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe("ALREADY_EXISTS");
    const same = await api("PATCH", `/api/v1/timetables/${a.id}`, {
      token: user.token,
      body: { name: "다" },
    });
    expect(same.status).toBe(200);
    const vis = await api("PATCH", `/api/v1/timetables/${a.id}`, {
      token: user.token,
      body: { visibility: "FRIENDS" },
    });
    expect(vis.status).toBe(200);
    expect(vis.body.visibility).toBe("FRIENDS");
    const bad = await api("PATCH", `/api/v1/timetables/${a.id}`, {
      token: user.token,
      body: { visibility: "EVERYONE" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.visibility).toBeDefined();
  });

  it("keeps exactly one primary per semester", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const a = await newTimetable(user, "가");
    const b = await newTimetable(user, "나");
    const c = await newTimetable(user, "다");
    const other = await newTimetable(user, "가", SEED_FIXTURES.previousSemester);
    const primaries = async () => {
      const res = await api("GET", `/api/v1/timetables`, { token: user.token });
      return res.body.items
        .filter((t: any) => t.isPrimary)
        .map((t: any) => t.id)
        .sort();
    };
    expect(await primaries()).toEqual([a.id, other.id].sort());

    const made = await api("PATCH", `/api/v1/timetables/${c.id}`, {
      token: user.token,
      body: { isPrimary: true },
    });
    expect(made.status).toBe(200);
    expect(made.body.isPrimary).toBe(true);
    expect(await primaries()).toEqual([c.id, other.id].sort());

    const unset = await api("PATCH", `/api/v1/timetables/${c.id}`, {
      token: user.token,
      body: { isPrimary: false },
    });
    expect(unset.status).toBe(400);
    expect(await primaries()).toEqual([c.id, other.id].sort());

    // Deleting the primary promotes the oldest remaining one of that semester.
    expect((await api("DELETE", `/api/v1/timetables/${c.id}`, { token: user.token })).status).toBe(
      204,
    );
    expect((await api("GET", `/api/v1/timetables/${c.id}`, { token: user.token })).status).toBe(
      404,
    );
    expect(await primaries()).toEqual([a.id, other.id].sort());
    // Deleting a non-primary one changes nothing.
    expect((await api("DELETE", `/api/v1/timetables/${b.id}`, { token: user.token })).status).toBe(
      204,
    );
    expect(await primaries()).toEqual([a.id, other.id].sort());
  });

  it("makes one primary even when two are created at once", async () => {
    const user = await createUser({ schoolId: hanbitId });
    await Promise.all(
      ["가", "나", "다", "라"].map((name) =>
        api("POST", "/api/v1/timetables", {
          token: user.token,
          body: { name, semester: SEMESTER },
        }),
      ),
    );
    const rows = await testDb().timetable.findMany({
      where: { ownerId: user.id, semester: SEMESTER },
      select: { isPrimary: true },
    });
    expect(rows).toHaveLength(4);
    expect(rows.filter((r) => r.isPrimary)).toHaveLength(1);
  });
});

describe("POST /api/v1/timetables/:id/lectures", () => {
  it("adds lectures, sums credits, answers the timetable (201)", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const first = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code);
    const second = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchSecond.code);
    const online = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.online.code);
    const r1 = await add(user, t.id, first);
    expect(r1.status).toBe(201);
    expect(r1.body.lectures.map((l: any) => l.id)).toEqual([first]);
    // 10:30–11:45 and 11:45–13:00 share only a boundary: no conflict.
    const r2 = await add(user, t.id, second);
    expect(r2.status, r2.text).toBe(201);
    const r3 = await add(user, t.id, online);
    expect(r3.status).toBe(201);
    const credits = await testDb().lecture.findMany({
      where: { id: { in: [first, second, online] } },
      select: { credits: true },
    });
    expect(r3.body.totalCredits).toBe(credits.reduce((s, c) => s + c.credits, 0));
    expect(r3.body.lectures.map((l: any) => l.id)).toEqual([first, second, online]);
    expect(r3.body.lectures[0]).toMatchObject({
      code: "GEH1010-01",
      times: [{ day: "MON", start: "10:30", end: "11:45" }, { day: "WED" }],
      rating: { count: expect.any(Number) },
    });
    const got = await api("GET", `/api/v1/timetables/${t.id}`, { token: user.token });
    expect(got.body).toEqual(r3.body);
  });

  it("refuses an overlapping lecture with 409 TIME_CONFLICT naming the lecture", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const first = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code);
    const overlapping = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.overlapsFirst.code);
    expect((await add(user, t.id, first)).status).toBe(201);
    const res = await add(user, t.id, overlapping);
    expect(res.status).toBe(409);
    expect(res.body).toEqual({
      error: {
        code: "TIME_CONFLICT",
        message: "서양철학의이해 수업과 같은 시간에 이미 수업이 있습니다",
        details: { conflicts: [{ lectureId: first, name: "서양철학의이해" }] },
      },
    });
    const after = await api("GET", `/api/v1/timetables/${t.id}`, { token: user.token });
    expect(after.body.lectures.map((l: any) => l.id)).toEqual([first]);
  });

  it("decides overlap to the minute on half-open intervals", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const a = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "TUE", start: 630, end: 705 }],
    });
    const touchesAfter = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "TUE", start: 705, end: 780 }],
    });
    const touchesBefore = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "TUE", start: 555, end: 630 }],
    });
    const otherDay = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "THU", start: 630, end: 705 }],
    });
    const oneMinuteOverBoth = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "TUE", start: 704, end: 706 }],
    });
    const insideSecond = await makeLecture({
      schoolId: hanbitId,
      times: [
        { day: "FRI", start: 0, end: 10 },
        { day: "TUE", start: 779, end: 800 },
      ],
    });
    const lastMinuteFree = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "TUE", start: 780, end: 781 }],
    });
    for (const l of [a, touchesAfter, touchesBefore, otherDay]) {
      const res = await add(user, t.id, l.id);
      expect(res.status, `${l.name}: ${res.text}`).toBe(201);
    }
    const both = await add(user, t.id, oneMinuteOverBoth.id);
    expect(both.status).toBe(409);
    expect(both.body.error.code).toBe("TIME_CONFLICT");
    expect(both.body.error.details.conflicts).toEqual([
      { lectureId: a.id, name: a.name },
      { lectureId: touchesAfter.id, name: touchesAfter.name },
    ]);
    expect(both.body.error.message).toBe(
      `${a.name}, ${touchesAfter.name} 수업과 같은 시간에 이미 수업이 있습니다`,
    );
    const inside = await add(user, t.id, insideSecond.id);
    expect(inside.status).toBe(409);
    expect(inside.body.error.details.conflicts).toEqual([
      { lectureId: touchesAfter.id, name: touchesAfter.name },
    ]);
    expect((await add(user, t.id, lastMinuteFree.id)).status).toBe(201);
  });

  it("refuses the same lecture twice with 409 ALREADY_EXISTS 이미 추가한 수업입니다", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const lecture = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.online.code);
    expect((await add(user, t.id, lecture)).status).toBe(201);
    const again = await add(user, t.id, lecture);
    expect(again.status).toBe(409);
    expect(again.body.error).toEqual({ code: "ALREADY_EXISTS", message: "이미 추가한 수업입니다" });
  });

  it("lets only one of two overlapping lectures in when added at once", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const lectures = await Promise.all(
      [0, 1, 2, 3].map(() =>
        makeLecture({ schoolId: hanbitId, times: [{ day: "MON", start: 900, end: 975 }] }),
      ),
    );
    const results = await Promise.all(lectures.map((l) => add(user, t.id, l.id)));
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const rows = await testDb().timetableLecture.count({ where: { timetableId: t.id } });
    expect(rows).toBe(1);
  });

  it("refuses another school's lecture (404) and another semester's (400)", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const foreign = await lectureIdByCode(saesolId, SEED_FIXTURES.lectures.online.code);
    const res = await add(user, t.id, foreign);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    const old = await makeLecture({
      schoolId: hanbitId,
      semester: SEED_FIXTURES.previousSemester,
      times: [],
    });
    const wrongSemester = await add(user, t.id, old.id);
    expect(wrongSemester.status).toBe(400);
    expect(wrongSemester.body.error.fields.lectureId).toBeDefined();
    expect((await add(user, t.id, 99999999)).status).toBe(404);
    const bad = await api("POST", `/api/v1/timetables/${t.id}/lectures`, {
      token: user.token,
      body: { lectureId: "x" },
    });
    expect(bad.status).toBe(400);
  });
});

describe("DELETE /api/v1/timetables/:id/lectures/:lectureId", () => {
  it("takes a lecture out (204), then 404 when it is not there", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const first = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code);
    const overlapping = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.overlapsFirst.code);
    await add(user, t.id, first);
    const del = await api("DELETE", `/api/v1/timetables/${t.id}/lectures/${first}`, {
      token: user.token,
    });
    expect(del.status).toBe(204);
    expect(del.text).toBe("");
    expect(
      (await api("DELETE", `/api/v1/timetables/${t.id}/lectures/${first}`, { token: user.token }))
        .status,
    ).toBe(404);
    // The freed slot takes the once-conflicting lecture.
    const res = await add(user, t.id, overlapping);
    expect(res.status).toBe(201);
    expect(res.body.totalCredits).toBe(res.body.lectures[0].credits);
  });
});
