import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { newTimetable } from "../support/timetables";
import { lectureIdByCode, makeLecture, SEED_FIXTURES, SEMESTER } from "./lectures-fixtures";

// SPEC "Timetable additions": 직접 추가 events, 시간표 마법사, calendar export and subscription,
// 학점 계산기.

let hanbitId: number;
let saesolId: number;

beforeAll(async () => {
  [hanbitId, saesolId] = await firstSchoolIds();
});

const addEvent = (user: TestUser, timetableId: number, body: unknown) =>
  api("POST", `/api/v1/timetables/${timetableId}/events`, { token: user.token, body });
const addLecture = (user: TestUser, timetableId: number, lectureId: number) =>
  api("POST", `/api/v1/timetables/${timetableId}/lectures`, {
    token: user.token,
    body: { lectureId },
  });

const club = {
  title: "밴드 동아리",
  place: "학생회관 201",
  times: [{ day: "TUE", start: "18:00", end: "20:00" }],
};

describe("직접 추가: POST/PATCH/DELETE /api/v1/timetables/:id/events", () => {
  it("adds an event; every timetable answer carries events", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const res = await addEvent(user, t.id, {
      ...club,
      times: [{ day: "THU", start: "18:00", end: "20:00" }, ...club.times],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.events).toEqual([
      {
        id: expect.any(Number),
        title: "밴드 동아리",
        place: "학생회관 201",
        times: [
          { day: "TUE", start: "18:00", end: "20:00" },
          { day: "THU", start: "18:00", end: "20:00" },
        ],
      },
    ]);
    expect(res.body.totalCredits).toBe(0);
    const noPlace = await addEvent(user, t.id, {
      title: "알바",
      times: [{ day: "SAT", start: "10:00", end: "24:00" }],
    });
    expect(noPlace.status).toBe(201);
    expect(noPlace.body.events[1]).toMatchObject({
      title: "알바",
      place: null,
      times: [{ day: "SAT", start: "10:00", end: "24:00" }],
    });
    const got = await api("GET", `/api/v1/timetables/${t.id}`, { token: user.token });
    expect(got.body.events).toHaveLength(2);
    const list = await api("GET", `/api/v1/timetables?semester=${SEMESTER}`, { token: user.token });
    expect(list.body.items[0].events).toHaveLength(2);
  });

  it("refuses overlaps with lectures and events (409 TIME_CONFLICT naming both), both ways", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const first = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code); // 월·수 10:30–11:45
    expect((await addLecture(user, t.id, first)).status).toBe(201);
    const ev = await addEvent(user, t.id, {
      title: "스터디",
      times: [{ day: "WED", start: "12:00", end: "13:00" }],
    });
    expect(ev.status).toBe(201);
    const eventId = ev.body.events[0].id;
    const both = await addEvent(user, t.id, {
      title: "겹침",
      times: [
        { day: "MON", start: "11:00", end: "11:30" },
        { day: "WED", start: "12:30", end: "12:45" },
      ],
    });
    expect(both.status).toBe(409);
    expect(both.body.error.code).toBe("TIME_CONFLICT");
    expect(both.body.error.details.conflicts).toEqual([
      { lectureId: first, name: SEED_FIXTURES.lectures.touchFirst.name },
      { eventId, name: "스터디" },
    ]);
    // Touching boundaries are fine (half-open).
    expect(
      (
        await addEvent(user, t.id, {
          title: "점심",
          times: [{ day: "MON", start: "11:45", end: "12:30" }],
        })
      ).status,
    ).toBe(201);
    // A lecture over an event is refused too, naming the event.
    const second = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchSecond.code); // 월·수 11:45–13:00
    const lec = await addLecture(user, t.id, second);
    expect(lec.status).toBe(409);
    expect(lec.body.error.code).toBe("TIME_CONFLICT");
    expect(lec.body.error.details.conflicts.map((c: { name: string }) => c.name).sort()).toEqual([
      "스터디",
      "점심",
    ]);
  });

  it("edits (re-checking conflicts except itself) and deletes", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const a = (await addEvent(user, t.id, club)).body.events[0];
    const b = (
      await addEvent(user, t.id, {
        title: "알바",
        times: [{ day: "FRI", start: "09:00", end: "12:00" }],
      })
    ).body.events[1];
    const moved = await api("PATCH", `/api/v1/timetables/${t.id}/events/${a.id}`, {
      token: user.token,
      body: { times: [{ day: "TUE", start: "19:00", end: "21:00" }] },
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.events[0]).toEqual({
      id: a.id,
      title: "밴드 동아리",
      place: "학생회관 201",
      times: [{ day: "TUE", start: "19:00", end: "21:00" }],
    });
    const clash = await api("PATCH", `/api/v1/timetables/${t.id}/events/${a.id}`, {
      token: user.token,
      body: { times: [{ day: "FRI", start: "11:00", end: "13:00" }] },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.error.details.conflicts).toEqual([{ eventId: b.id, name: "알바" }]);
    const renamed = await api("PATCH", `/api/v1/timetables/${t.id}/events/${a.id}`, {
      token: user.token,
      body: { title: "합주", place: null },
    });
    expect(renamed.body.events[0]).toMatchObject({
      title: "합주",
      place: null,
      times: [{ day: "TUE", start: "19:00", end: "21:00" }],
    });
    expect(
      (await api("DELETE", `/api/v1/timetables/${t.id}/events/${a.id}`, { token: user.token }))
        .status,
    ).toBe(204);
    expect(
      (await api("DELETE", `/api/v1/timetables/${t.id}/events/${a.id}`, { token: user.token }))
        .status,
    ).toBe(404);
    expect(
      (
        await api("PATCH", `/api/v1/timetables/${t.id}/events/${a.id}`, {
          token: user.token,
          body: { title: "x" },
        })
      ).status,
    ).toBe(404);
    const after = await api("GET", `/api/v1/timetables/${t.id}`, { token: user.token });
    expect(after.body.events.map((e: { id: number }) => e.id)).toEqual([b.id]);
    // An event of another timetable of mine is not reachable through this one.
    const other = await newTimetable(user, "플랜 B");
    expect(
      (await api("DELETE", `/api/v1/timetables/${other.id}/events/${b.id}`, { token: user.token }))
        .status,
    ).toBe(404);
  });

  it("is owner only: 403 for a schoolmate, 404 for another school; 401 without a token", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const mate = await createUser({ schoolId: hanbitId });
    const stranger = await createUser({ schoolId: saesolId });
    const t = await newTimetable(owner);
    const e = (await addEvent(owner, t.id, club)).body.events[0];
    expect((await addEvent(mate, t.id, club)).status).toBe(403);
    expect((await addEvent(stranger, t.id, club)).status).toBe(404);
    expect(
      (
        await api("PATCH", `/api/v1/timetables/${t.id}/events/${e.id}`, {
          token: mate.token,
          body: { title: "x" },
        })
      ).status,
    ).toBe(403);
    expect(
      (await api("DELETE", `/api/v1/timetables/${t.id}/events/${e.id}`, { token: stranger.token }))
        .status,
    ).toBe(404);
    expect((await api("POST", `/api/v1/timetables/${t.id}/events`, { body: club })).status).toBe(
      401,
    );
    expect(
      (await api("GET", `/api/v1/timetables/${t.id}`, { token: owner.token })).body.events,
    ).toHaveLength(1);
  });

  it("answers hostile input with 400s", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const time = { day: "MON", start: "09:00", end: "10:00" };
    const bad: unknown[] = [
      {},
      { title: "", times: [time] },
      { title: "   ", times: [time] },
      { title: "x".repeat(41), times: [time] },
      { title: "a\u0000b", times: [time] },
      { title: "a\u001bb", times: [time] },
      { title: "ok", place: "p\u0007", times: [time] },
      { title: "ok", place: "p".repeat(41), times: [time] },
      { title: "ok", times: [] },
      { title: "ok", times: "MON" },
      { title: "ok", times: [{ ...time, start: "10:00", end: "10:00" }] },
      { title: "ok", times: [{ ...time, start: "11:00", end: "10:00" }] },
      { title: "ok", times: [{ ...time, start: "24:30", end: "25:00" }] },
      { title: "ok", times: [{ ...time, start: "-1:00" }] },
      { title: "ok", times: [{ ...time, start: "9:00" }] },
      { title: "ok", times: [{ ...time, end: "10:60" }] },
      { title: "ok", times: [{ ...time, day: "FUNDAY" }] },
      { title: "ok", times: [time, { ...time, start: "09:30", end: "10:30" }] },
      {
        title: "ok",
        times: Array.from({ length: 15 }, (_, i) => ({
          day: "MON",
          start: `${String(i).padStart(2, "0")}:00`,
          end: `${String(i).padStart(2, "0")}:30`,
        })),
      },
      { title: 5, times: [time] },
    ];
    for (const body of bad) {
      const res = await addEvent(user, t.id, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect(
      (await api("POST", `/api/v1/timetables/2147483648/events`, { token: user.token, body: club }))
        .status,
    ).toBe(404);
    expect(
      (
        await api("PATCH", `/api/v1/timetables/${t.id}/events/2147483648`, {
          token: user.token,
          body: { title: "x" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api("PATCH", `/api/v1/timetables/${t.id}/events/1`, { token: user.token, body: {} }))
        .status,
    ).toBe(400);
    // At most 30 events in a timetable.
    const db = testDb();
    await db.timetableEvent.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ timetableId: t.id, title: `e${i}` })),
    });
    const tooMany = await addEvent(user, t.id, club);
    expect(tooMany.status).toBe(400);
  });

  it("shows events in a friend's view", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    const req = await api("POST", "/api/v1/friends/requests", {
      token: a.token,
      body: { nickname: b.nickname },
    });
    expect(
      (await api("POST", `/api/v1/friends/requests/${req.body.id}/accept`, { token: b.token }))
        .status,
    ).toBe(200);
    const t = await newTimetable(a);
    await api("PATCH", `/api/v1/timetables/${t.id}`, {
      token: a.token,
      body: { visibility: "FRIENDS" },
    });
    await addEvent(a, t.id, club);
    const seen = await api("GET", `/api/v1/friends/${a.id}/timetable?semester=${SEMESTER}`, {
      token: b.token,
    });
    expect(seen.status).toBe(200);
    expect(seen.body.events).toEqual([{ id: expect.any(Number), ...club }]);
  });
});

describe("시간표 마법사: POST /api/v1/timetable-wizard", () => {
  const wizard = (user: TestUser, body: unknown, qs = "") =>
    api("POST", `/api/v1/timetable-wizard${qs}`, { token: user.token, body });

  it("answers every fitting combination, best first, with total and limit", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const mw9 = await makeLecture({
      schoolId: hanbitId,
      times: [
        { day: "MON", start: 540, end: 615 },
        { day: "WED", start: 540, end: 615 },
      ],
    });
    const tt9 = await makeLecture({
      schoolId: hanbitId,
      times: [
        { day: "TUE", start: 540, end: 615 },
        { day: "THU", start: 540, end: 615 },
      ],
    });
    const mw1030 = await makeLecture({
      schoolId: hanbitId,
      times: [
        { day: "MON", start: 630, end: 705 },
        { day: "WED", start: 630, end: 705 },
      ],
    });
    const mw9b = await makeLecture({
      schoolId: hanbitId,
      credits: 2,
      times: [{ day: "MON", start: 560, end: 600 }],
    });
    const res = await wizard(user, {
      semester: SEMESTER,
      courses: [
        [mw9.id, tt9.id],
        [mw1030.id, mw9b.id],
      ],
    });
    expect(res.status, res.text).toBe(200);
    // mw9+mw9b clash; 3 combinations fit.
    expect(res.body.total).toBe(3);
    expect(res.body.items[0]).toEqual({
      lectureIds: [mw9.id, mw1030.id],
      totalCredits: 6,
      freeDays: ["TUE", "THU", "FRI"],
      firstClass: "09:00",
      lastClass: "11:45",
    });
    expect(res.body.items.map((i: { lectureIds: number[] }) => i.lectureIds)).toEqual([
      [mw9.id, mw1030.id],
      [tt9.id, mw9b.id],
      [tt9.id, mw1030.id],
    ]);
    const limited = await wizard(
      user,
      {
        semester: SEMESTER,
        courses: [
          [mw9.id, tt9.id],
          [mw1030.id, mw9b.id],
        ],
      },
      "?limit=1",
    );
    expect(limited.body).toMatchObject({ total: 3, items: [{ lectureIds: [mw9.id, mw1030.id] }] });
    const constrained = await wizard(user, {
      semester: SEMESTER,
      courses: [
        [mw9.id, tt9.id],
        [mw1030.id, mw9b.id],
      ],
      freeDays: ["MON"],
      maxCredits: 5,
    });
    // Empty, and the answer names the constraint that empties it: mw1030 and mw9b (the second
    // course's two sections) both meet on Monday, chosen as 공강.
    expect(constrained.body).toEqual({
      total: 0,
      items: [],
      emptyReason: `${mw1030.name}의 분반이 모두 월요일에 있어요`,
    });
    const fitting = await wizard(user, { semester: SEMESTER, courses: [[mw9.id, tt9.id]] });
    expect(fitting.body.emptyReason).toBeNull();
    const kept = await wizard(user, {
      semester: SEMESTER,
      courses: [[mw1030.id, mw9b.id]],
      keep: [tt9.id],
      earliest: "09:00",
      latest: "11:00",
    });
    expect(kept.body.items.map((i: { lectureIds: number[] }) => i.lectureIds)).toEqual([
      [tt9.id, mw9b.id],
    ]);
  });

  it("refuses bad input (400), other schools' lectures (404), other semesters (400), and needs a token", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const mine = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "MON", start: 540, end: 615 }],
    });
    const theirs = await makeLecture({
      schoolId: saesolId,
      times: [{ day: "MON", start: 540, end: 615 }],
    });
    const old = await makeLecture({
      schoolId: hanbitId,
      semester: SEED_FIXTURES.previousSemester,
      times: [],
    });
    for (const body of [
      {},
      { semester: SEMESTER, courses: [] },
      { semester: SEMESTER, courses: [[]] },
      { semester: SEMESTER, courses: [[2147483648]] },
      { semester: SEMESTER, courses: [["1"]] },
      { semester: SEMESTER, courses: [mine.id] },
      { semester: SEMESTER, courses: [[mine.id]], earliest: "25:00" },
      { semester: SEMESTER, courses: [[mine.id]], earliest: "18:00", latest: "10:00" },
      { semester: SEMESTER, courses: [[mine.id]], freeDays: ["HOLIDAY"] },
      { semester: SEMESTER, courses: [[mine.id]], maxCredits: 0 },
      { semester: SEMESTER, courses: Array.from({ length: 16 }, () => [mine.id]) },
      { semester: "2026-9", courses: [[mine.id]] },
    ]) {
      const res = await wizard(user, body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect(
      (await wizard(user, { semester: SEMESTER, courses: [[mine.id]] }, "?limit=101")).status,
    ).toBe(400);
    expect(
      (await wizard(user, { semester: SEMESTER, courses: [[mine.id]] }, "?limit=0")).status,
    ).toBe(400);
    expect(
      (await wizard(user, { semester: SEMESTER, courses: [[mine.id, theirs.id]] })).status,
    ).toBe(404);
    expect(
      (await wizard(user, { semester: SEMESTER, courses: [[mine.id], [old.id]] })).status,
    ).toBe(400);
    expect(
      (
        await api("POST", "/api/v1/timetable-wizard", {
          body: { semester: SEMESTER, courses: [[mine.id]] },
        })
      ).status,
    ).toBe(401);
  });

  it("refuses, quickly, a search with too many combinations", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const online = await Promise.all(
      Array.from({ length: 60 }, () => makeLecture({ schoolId: hanbitId, credits: 1, times: [] })),
    );
    const courses = Array.from({ length: 15 }, (_, c) =>
      online.slice(c * 4, c * 4 + 4).map((l) => l.id),
    );
    const res = await wizard(user, { semester: SEMESTER, courses });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("TOO_MANY_COMBINATIONS");
    expect(res.body.error.fields.courses).toBeDefined();
  });

  it("worst case, 15 courses × 20 sections: 400 TOO_MANY_COMBINATIONS within its CPU budget (issue 26.5)", async () => {
    const user = await createUser({ schoolId: hanbitId });
    // Short one-hour meetings spread over the week: few clash, so nearly every combination fits.
    const days = ["MON", "TUE", "WED", "THU", "FRI"] as const;
    // 200 distinct lectures (the most a request may name), 20 sections for each of 15 courses.
    const lectures = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        makeLecture({
          schoolId: hanbitId,
          credits: 1,
          times: [{ day: days[i % 5], start: 480 + (i % 13) * 60, end: 480 + (i % 13) * 60 + 30 }],
        }),
      ),
    );
    const courses = Array.from({ length: 15 }, (_, c) =>
      Array.from({ length: 20 }, (_, s) => lectures[(c * 13 + s) % 200].id),
    );
    const res = await wizard(user, { semester: SEMESTER, courses });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.code).toBe("TOO_MANY_COMBINATIONS");
  });

  it("is limited to 30 runs a minute per student (429 with Retry-After), others unaffected", async () => {
    const [user, other] = await Promise.all([
      createUser({ schoolId: hanbitId }),
      createUser({ schoolId: hanbitId }),
    ]);
    const lecture = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "MON", start: 540, end: 615 }],
    });
    const body = { semester: SEMESTER, courses: [[lecture.id]] };
    // A burst: at most 30 get through, whatever the order they land in.
    const burst = await Promise.all(Array.from({ length: 35 }, () => wizard(user, body)));
    const statuses = burst.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    const refused = burst.find((r) => r.status === 429)!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-limit")).toBe("30");
    expect((await wizard(other, body)).status).toBe(200);
  });
});

function parseIcs(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return { comp, events: comp.getAllSubcomponents("vevent") };
}

describe("calendar: GET /api/v1/timetables/:id/calendar.ics and subscription links", () => {
  it("exports weekly events over the school's semester, in Asia/Seoul, with stable UIDs", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user, "내 시간표");
    const first = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code); // 월·수 10:30–11:45, 인문관 301
    const online = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.online.code);
    await addLecture(user, t.id, first);
    await addLecture(user, t.id, online);
    await addEvent(user, t.id, {
      title: "밴드, 합주; 연습",
      place: "학생회관 201",
      times: [{ day: "TUE", start: "18:00", end: "20:00" }],
    });
    const res = await fetch(`${baseUrl()}/api/v1/timetables/${t.id}/calendar.ics`, {
      headers: { authorization: `Bearer ${user.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text).toContain("\r\n");
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    const { comp, events } = parseIcs(text);
    expect(comp.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Asia/Seoul",
    );
    // 2 meetings of the lecture + 1 event; the online lecture has no meetings.
    expect(events).toHaveLength(3);
    const byUid = new Map(events.map((e) => [String(e.getFirstPropertyValue("uid")), e]));
    const monday = events.find(
      (e) =>
        e.getFirstPropertyValue("summary") === SEED_FIXTURES.lectures.touchFirst.name &&
        (e.getFirstPropertyValue("dtstart") as ICAL.Time).dayOfWeek() === 2,
    )!;
    const start = monday.getFirstProperty("dtstart")!;
    expect(start.getParameter("tzid")).toBe("Asia/Seoul");
    // 한빛's 2026-2 starts Tuesday 2026-09-01: the first Monday class is 09-07, the last class day 12-18.
    expect(String(start.getFirstValue())).toBe("2026-09-07T10:30:00");
    expect(String(monday.getFirstPropertyValue("dtend"))).toBe("2026-09-07T11:45:00");
    expect(monday.getFirstPropertyValue("location")).toBe("인문관 301");
    const rrule = monday.getFirstPropertyValue("rrule") as ICAL.Recur;
    expect(rrule.freq).toBe("WEEKLY");
    expect(rrule.until?.toString()).toBe("2026-12-18T14:59:59Z");
    // 16 Mondays from 09-07 to 12-14.
    const it = new ICAL.Event(monday).iterator();
    let n = 0;
    let last: ICAL.Time | null = null;
    for (let next = it.next(); next && n < 100; next = it.next()) {
      last = next;
      n++;
    }
    expect(n).toBe(15);
    expect(last?.toString()).toBe("2026-12-14T10:30:00");
    const club = events.find((e) => e.getFirstPropertyValue("summary") === "밴드, 합주; 연습")!;
    expect(club.getFirstPropertyValue("location")).toBe("학생회관 201");
    expect(String(club.getFirstPropertyValue("dtstart"))).toBe("2026-09-01T18:00:00");
    // Same UIDs on the next export, also after another change to the timetable.
    await addEvent(user, t.id, {
      title: "알바",
      times: [{ day: "SAT", start: "10:00", end: "14:00" }],
    });
    const again = parseIcs(
      await (
        await fetch(`${baseUrl()}/api/v1/timetables/${t.id}/calendar.ics`, {
          headers: { authorization: `Bearer ${user.token}` },
        })
      ).text(),
    );
    const uids = again.events.map((e) => String(e.getFirstPropertyValue("uid")));
    expect(uids).toHaveLength(4);
    for (const uid of byUid.keys()) expect(uids).toContain(uid);
    expect(new Set(uids).size).toBe(4);
  });

  it("uses each school's own semester dates, editable by that school's admin", async () => {
    const admin = await createUser({ schoolId: saesolId, isAdmin: true });
    const student = await createUser({ schoolId: saesolId });
    const list = await api("GET", "/api/v1/semester-dates", { token: student.token });
    expect(list.body.items).toContainEqual({
      semester: "2026-2",
      startDate: "2026-09-01",
      endDate: "2026-12-15",
    });
    expect(
      (
        await api("PUT", "/api/v1/admin/semester-dates/2026-W", {
          token: student.token,
          body: { startDate: "2026-12-21", endDate: "2027-01-15" },
        })
      ).status,
    ).toBe(403);
    for (const body of [
      { startDate: "2026-12-32", endDate: "2027-01-15" },
      { startDate: "2027-01-15", endDate: "2026-12-21" },
      { startDate: "2026-12-21" },
      { startDate: "2020-01-01", endDate: "2027-01-15" },
    ]) {
      expect(
        (await api("PUT", "/api/v1/admin/semester-dates/2026-W", { token: admin.token, body }))
          .status,
        JSON.stringify(body),
      ).toBe(400);
    }
    const set = await api("PUT", "/api/v1/admin/semester-dates/2026-W", {
      token: admin.token,
      body: { startDate: "2026-12-21", endDate: "2027-01-15" },
    });
    expect(set.status, set.text).toBe(200);
    expect(set.body).toEqual({
      semester: "2026-W",
      startDate: "2026-12-21",
      endDate: "2027-01-15",
    });
    const t = await newTimetable(student, "겨울", "2026-W");
    await addEvent(student, t.id, {
      title: "토익 스터디",
      times: [{ day: "MON", start: "09:00", end: "10:00" }],
    });
    const { events } = parseIcs(
      await (
        await fetch(`${baseUrl()}/api/v1/timetables/${t.id}/calendar.ics`, {
          headers: { authorization: `Bearer ${student.token}` },
        })
      ).text(),
    );
    expect(String(events[0].getFirstPropertyValue("dtstart"))).toBe("2026-12-21T09:00:00");
    expect((events[0].getFirstPropertyValue("rrule") as ICAL.Recur).until?.toString()).toBe(
      "2027-01-15T14:59:59Z",
    );
    // 한빛 is untouched.
    const hanbit = await createUser({ schoolId: hanbitId });
    const h = await api("GET", "/api/v1/semester-dates", { token: hanbit.token });
    expect(h.body.items).toContainEqual({
      semester: "2026-W",
      startDate: "2026-12-28",
      endDate: "2027-01-22",
    });
  });

  it("is owner only", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const mate = await createUser({ schoolId: hanbitId });
    const stranger = await createUser({ schoolId: saesolId });
    const t = await newTimetable(owner);
    expect(
      (await api("GET", `/api/v1/timetables/${t.id}/calendar.ics`, { token: mate.token })).status,
    ).toBe(403);
    expect(
      (await api("GET", `/api/v1/timetables/${t.id}/calendar.ics`, { token: stranger.token }))
        .status,
    ).toBe(404);
    expect((await api("GET", `/api/v1/timetables/${t.id}/calendar.ics`)).status).toBe(401);
    expect(
      (await api("POST", `/api/v1/timetables/${t.id}/calendar-link`, { token: mate.token })).status,
    ).toBe(403);
    expect(
      (await api("POST", `/api/v1/timetables/${t.id}/calendar-link`, { token: stranger.token }))
        .status,
    ).toBe(404);
  });

  it("subscription: a secret link works without a header; a new link revokes the old; only a hash is stored", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    await addEvent(user, t.id, club);
    const made = await api("POST", `/api/v1/timetables/${t.id}/calendar-link`, {
      token: user.token,
    });
    expect(made.status).toBe(201);
    const url = new URL(made.body.url);
    expect(url.pathname).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(`${baseUrl()}${url.pathname}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(parseIcs(await feed.text()).events).toHaveLength(1);
    const token = url.pathname.split("/").pop()!.replace(".ics", "");
    const row = await testDb().calendarLink.findUniqueOrThrow({ where: { timetableId: t.id } });
    expect(row.tokenHash).not.toContain(token);
    const again = await api("POST", `/api/v1/timetables/${t.id}/calendar-link`, {
      token: user.token,
    });
    expect(again.body.url).not.toBe(made.body.url);
    expect((await fetch(`${baseUrl()}${url.pathname}`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}${new URL(again.body.url).pathname}`)).status).toBe(200);
    for (const bad of ["nope.ics", `${token}`, `${"A".repeat(43)}.ics`]) {
      expect((await fetch(`${baseUrl()}/api/v1/calendar/${bad}`)).status, bad).toBe(404);
    }
    // The app answers an encoded NUL with 404 too; nginx (the CI pass through the load balancer)
    // refuses it itself with 400 before the app sees it. Either way: no calendar, no 5xx.
    expect([400, 404]).toContain((await fetch(`${baseUrl()}/api/v1/calendar/%00.ics`)).status);
  });

  it("the link is built from APP_URL, never from the request's Host (issue 26.7)", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const made = await api("POST", `/api/v1/timetables/${t.id}/calendar-link`, {
      token: user.token,
      headers: {
        host: "evil.example",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      },
    });
    expect(made.status).toBe(201);
    expect(made.body.url).not.toContain("evil.example");
    // The test servers run with APP_URL = the address the tests use (nginx's in the scale-out pass).
    expect(new URL(made.body.url).origin).toBe(new URL(baseUrl()).origin);
  });

  it("a link ends with a new password and with deactivation; one made after the new password works (issue 26.10)", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const t = await newTimetable(user);
    const link = async () => {
      const made = await api("POST", `/api/v1/timetables/${t.id}/calendar-link`, {
        token: user.token,
      });
      expect(made.status).toBe(201);
      return `${baseUrl()}${new URL(made.body.url).pathname}`;
    };
    const feed = async (url: string) => (await fetch(url)).status;
    const before = await link();
    expect(await feed(before)).toBe(200);
    const changed = await api("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: user.password, newPassword: "another-password-2" },
    });
    expect(changed.status).toBe(200);
    expect(await feed(before)).toBe(404);
    const after = await link();
    expect(await feed(after)).toBe(200);
    await testDb().user.update({ where: { id: user.id }, data: { isActive: false } });
    expect(await feed(after)).toBe(404);
  });
});

describe("학점 계산기: GET /api/v1/me/grades, PUT /api/v1/me/grades/:semester", () => {
  it("stores a semester, computes GPA, 전공 GPA and credits; P/NP count toward credits only", async () => {
    const user = await createUser({ schoolId: hanbitId });
    const empty = await api("GET", "/api/v1/me/grades", { token: user.token });
    expect(empty.body).toEqual({
      semesters: [],
      total: { gpa: null, majorGpa: null, credits: 0, gradedCredits: 0 },
    });
    const put = await api("PUT", "/api/v1/me/grades/2026-1", {
      token: user.token,
      body: {
        items: [
          { name: "자료구조", credits: 3, grade: "A+", isMajor: true },
          { name: "대학글쓰기", credits: 2, grade: "B", isMajor: false },
          { name: "채플", credits: 1, grade: "P", isMajor: false },
        ],
      },
    });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toEqual({
      semester: "2026-1",
      items: [
        { name: "자료구조", credits: 3, grade: "A+", isMajor: true },
        { name: "대학글쓰기", credits: 2, grade: "B0", isMajor: false },
        { name: "채플", credits: 1, grade: "P", isMajor: false },
      ],
      gpa: 3.9,
      majorGpa: 4.5,
      credits: 6,
      gradedCredits: 5,
    });
    await api("PUT", "/api/v1/me/grades/2025-2", {
      token: user.token,
      body: { items: [{ name: "운영체제", credits: 3, grade: "C+", isMajor: true }] },
    });
    const all = await api("GET", "/api/v1/me/grades", { token: user.token });
    expect(all.body).toEqual({
      semesters: [
        { semester: "2025-2", gpa: 2.5, majorGpa: 2.5, credits: 3 },
        { semester: "2026-1", gpa: 3.9, majorGpa: 4.5, credits: 6 },
      ],
      // (7.5 + 13.5 + 6) / 8 = 3.375 → 3.38; 전공 (7.5 + 13.5) / 6 = 3.5
      total: { gpa: 3.38, majorGpa: 3.5, credits: 9, gradedCredits: 8 },
    });
    // Replacing and removing.
    await api("PUT", "/api/v1/me/grades/2025-2", { token: user.token, body: { items: [] } });
    expect(
      (await api("GET", "/api/v1/me/grades", { token: user.token })).body.semesters.map(
        (s: { semester: string }) => s.semester,
      ),
    ).toEqual(["2026-1"]);
    // Nobody else's.
    const other = await createUser({ schoolId: hanbitId });
    expect((await api("GET", "/api/v1/me/grades", { token: other.token })).body.semesters).toEqual(
      [],
    );
    expect(
      (await api("GET", "/api/v1/me/grades/2026-1", { token: other.token })).body.items,
    ).toEqual([]);
  });

  it("refuses hostile input with 400s and needs a token", async () => {
    const user = await createUser({ schoolId: hanbitId });
    for (const [semester, body] of [
      ["2026-3", { items: [] }],
      ["abc", { items: [] }],
      ["2026-1", { items: [{ name: "x", credits: 3, grade: "A-" }] }],
      ["2026-1", { items: [{ name: "x\u0000", credits: 3, grade: "A+" }] }],
      ["2026-1", { items: [{ name: "x".repeat(51), credits: 3, grade: "A+" }] }],
      ["2026-1", { items: [{ name: "x", credits: 2.3, grade: "A+" }] }],
      ["2026-1", { items: [{ name: "x", credits: 1e9, grade: "A+" }] }],
      [
        "2026-1",
        { items: Array.from({ length: 31 }, () => ({ name: "x", credits: 1, grade: "P" })) },
      ],
      ["2026-1", { items: "all A+" }],
      ["2026-1", {}],
    ] as const) {
      const res = await api("PUT", `/api/v1/me/grades/${semester}`, { token: user.token, body });
      expect(res.status, `${semester} ${JSON.stringify(body).slice(0, 60)}`).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect((await api("GET", "/api/v1/me/grades")).status).toBe(401);
    expect((await api("PUT", "/api/v1/me/grades/2026-1", { body: { items: [] } })).status).toBe(
      401,
    );
  });
});
