import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { befriend } from "../support/social";
import { lectureIdByCode, SEED_FIXTURES, SEMESTER } from "./lectures-fixtures";

let hanbitId: number;
let saesolId: number;

beforeAll(async () => {
  [hanbitId, saesolId] = await firstSchoolIds();
});

const request = (from: TestUser, nickname: string) =>
  api("POST", "/api/v1/friends/requests", { token: from.token, body: { nickname } });

const brief = (u: TestUser) => ({ id: u.id, nickname: u.nickname, profileImageUrl: null });

describe("friend requests", () => {
  it("sends (201 PENDING), lists incoming/outgoing, accepts (200 ACCEPTED) → friends on both sides", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    const sent = await request(a, b.nickname);
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({
      id: expect.any(Number),
      status: "PENDING",
      requester: brief(a),
      addressee: brief(b),
      createdAt: expect.any(String),
    });
    expect(new Date(sent.body.createdAt).toISOString()).toBe(sent.body.createdAt);

    const aRequests = await api("GET", "/api/v1/friends/requests", { token: a.token });
    expect(aRequests.status).toBe(200);
    expect(aRequests.body).toEqual({ incoming: [], outgoing: [sent.body] });
    const bRequests = await api("GET", "/api/v1/friends/requests", { token: b.token });
    expect(bRequests.body).toEqual({ incoming: [sent.body], outgoing: [] });
    expect((await api("GET", "/api/v1/friends", { token: a.token })).body).toEqual({ items: [] });

    const accepted = await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, {
      token: b.token,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      id: sent.body.id,
      status: "ACCEPTED",
      requester: brief(a),
      addressee: brief(b),
    });

    expect((await api("GET", "/api/v1/friends", { token: a.token })).body).toEqual({
      items: [brief(b)],
    });
    expect((await api("GET", "/api/v1/friends", { token: b.token })).body).toEqual({
      items: [brief(a)],
    });
    expect((await api("GET", "/api/v1/friends/requests", { token: b.token })).body).toEqual({
      incoming: [],
      outgoing: [],
    });
    const row = await testDb().friendship.findUniqueOrThrow({
      where: { id: sent.body.id },
      select: { pairKey: true },
    });
    expect(row.pairKey).toBe(`${Math.min(a.id, b.id)}:${Math.max(a.id, b.id)}`);
  });

  it("answers 404 for an unknown nickname or another school's user, 400 for yourself", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const foreign = await createUser({ schoolId: saesolId });
    const unknown = await request(a, "없는닉네임zz");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("NOT_FOUND");
    const other = await request(a, foreign.nickname);
    expect(other.status).toBe(404);
    expect(other.text).not.toContain(String(foreign.id));
    const self = await request(a, a.nickname);
    expect(self.status).toBe(400);
    expect(self.body.error.code).toBe("VALIDATION_FAILED");
    const empty = await api("POST", "/api/v1/friends/requests", { token: a.token, body: {} });
    expect(empty.status).toBe(400);
  });

  it("answers 409 when already pending (either direction) or already friends", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    const sent = await request(a, b.nickname);
    expect(sent.status).toBe(201);
    const again = await request(a, b.nickname);
    expect(again.status).toBe(409);
    const reverse = await request(b, a.nickname);
    expect(reverse.status).toBe(409);
    expect(reverse.body.error.message).toContain("받은 요청");
    await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, { token: b.token });
    const friendsAlready = await request(b, a.nickname);
    expect(friendsAlready.status).toBe(409);
    expect(friendsAlready.body.error.message).toBe("이미 친구입니다.");
  });

  it("lets only the addressee accept or decline: requester 403, others 404", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    const c = await createUser({ schoolId: hanbitId });
    const sent = await request(a, b.nickname);
    for (const verb of ["accept", "decline"]) {
      const byRequester = await api("POST", `/api/v1/friends/requests/${sent.body.id}/${verb}`, {
        token: a.token,
      });
      expect(byRequester.status, verb).toBe(403);
      const byStranger = await api("POST", `/api/v1/friends/requests/${sent.body.id}/${verb}`, {
        token: c.token,
      });
      expect(byStranger.status, verb).toBe(404);
    }
    expect(
      (await api("POST", `/api/v1/friends/requests/99999999/accept`, { token: b.token })).status,
    ).toBe(404);
    const stillPending = await api("GET", "/api/v1/friends/requests", { token: b.token });
    expect(stillPending.body.incoming).toHaveLength(1);
  });

  it("decline answers the request as DECLINED and removes it; asking again is possible", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    const sent = await request(a, b.nickname);
    const declined = await api("POST", `/api/v1/friends/requests/${sent.body.id}/decline`, {
      token: b.token,
    });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({
      id: sent.body.id,
      status: "DECLINED",
      requester: brief(a),
      addressee: brief(b),
    });
    expect((await api("GET", "/api/v1/friends/requests", { token: a.token })).body).toEqual({
      incoming: [],
      outgoing: [],
    });
    expect((await api("GET", "/api/v1/friends", { token: b.token })).body.items).toEqual([]);
    expect(
      (await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, { token: b.token }))
        .status,
    ).toBe(404);
    expect((await request(a, b.nickname)).status).toBe(201);
  });

  it("accepting twice is a 409", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    const sent = await request(a, b.nickname);
    expect(
      (await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, { token: b.token }))
        .status,
    ).toBe(200);
    expect(
      (await api("POST", `/api/v1/friends/requests/${sent.body.id}/accept`, { token: b.token }))
        .status,
    ).toBe(409);
  });
});

describe("DELETE /api/v1/friends/:userId", () => {
  it("ends a friendship (204) on both sides; 404 when there is none", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    await befriend(a, b);
    const del = await api("DELETE", `/api/v1/friends/${a.id}`, { token: b.token });
    expect(del.status).toBe(204);
    expect((await api("GET", "/api/v1/friends", { token: a.token })).body.items).toEqual([]);
    expect((await api("GET", "/api/v1/friends", { token: b.token })).body.items).toEqual([]);
    expect((await api("DELETE", `/api/v1/friends/${a.id}`, { token: b.token })).status).toBe(404);
    expect((await api("DELETE", `/api/v1/friends/abc`, { token: b.token })).status).toBe(404);
  });

  it("withdraws a pending request", async () => {
    const a = await createUser({ schoolId: hanbitId });
    const b = await createUser({ schoolId: hanbitId });
    await request(a, b.nickname);
    expect((await api("DELETE", `/api/v1/friends/${b.id}`, { token: a.token })).status).toBe(204);
    expect(
      (await api("GET", "/api/v1/friends/requests", { token: b.token })).body.incoming,
    ).toEqual([]);
  });
});

describe("GET /api/v1/friends/:userId/timetable", () => {
  async function primaryWithLecture(owner: TestUser, visibility: string) {
    const created = await api("POST", "/api/v1/timetables", {
      token: owner.token,
      body: { name: "기본", semester: SEMESTER },
    });
    const lectureId = await lectureIdByCode(hanbitId, SEED_FIXTURES.lectures.touchFirst.code);
    await api("POST", `/api/v1/timetables/${created.body.id}/lectures`, {
      token: owner.token,
      body: { lectureId },
    });
    const patched = await api("PATCH", `/api/v1/timetables/${created.body.id}`, {
      token: owner.token,
      body: { visibility },
    });
    expect(patched.status).toBe(200);
    return patched.body;
  }

  it("shows a friend's primary timetable when FRIENDS or PUBLIC, refuses PRIVATE with 403", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const friend = await createUser({ schoolId: hanbitId });
    await befriend(friend, owner);
    const timetable = await primaryWithLecture(owner, "PRIVATE");
    const hidden = await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
      token: friend.token,
    });
    expect(hidden.status).toBe(403);
    expect(hidden.body.error.code).toBe("FORBIDDEN");
    expect(hidden.text).not.toContain("서양철학의이해");

    await api("PATCH", `/api/v1/timetables/${timetable.id}`, {
      token: owner.token,
      body: { visibility: "FRIENDS" },
    });
    const shown = await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
      token: friend.token,
    });
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ ...timetable, visibility: "FRIENDS" });
    expect(shown.body.lectures[0].name).toBe("서양철학의이해");

    await api("PATCH", `/api/v1/timetables/${timetable.id}`, {
      token: owner.token,
      body: { visibility: "PUBLIC" },
    });
    expect(
      (await api("GET", `/api/v1/friends/${owner.id}/timetable`, { token: friend.token })).status,
    ).toBe(200);
  });

  it("out of the box (친구 공개 by default) a friend sees a new primary timetable; a schoolmate does not", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const friend = await createUser({ schoolId: hanbitId });
    const mate = await createUser({ schoolId: hanbitId });
    await befriend(friend, owner);
    const created = await api("POST", "/api/v1/timetables", {
      token: owner.token,
      body: { name: "기본", semester: SEMESTER },
    });
    expect(created.body.visibility).toBe("FRIENDS");
    const shown = await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
      token: friend.token,
    });
    expect(shown.status).toBe(200);
    expect(shown.body.id).toBe(created.body.id);
    expect(
      (
        await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
          token: mate.token,
        })
      ).status,
    ).toBe(403);
  });

  it("refuses non-friends with 403 even when PUBLIC; 404 for other schools", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const mate = await createUser({ schoolId: hanbitId });
    const foreign = await createUser({ schoolId: saesolId });
    await primaryWithLecture(owner, "PUBLIC");
    const res = await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
      token: mate.token,
    });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain("서양철학의이해");
    // A pending request is not a friendship.
    await request(mate, owner.nickname);
    expect(
      (
        await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
          token: mate.token,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
          token: foreign.token,
        })
      ).status,
    ).toBe(404);
  });

  it("shows only the primary timetable, 404 when the friend has none that semester", async () => {
    const owner = await createUser({ schoolId: hanbitId });
    const friend = await createUser({ schoolId: hanbitId });
    await befriend(owner, friend);
    const none = await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
      token: friend.token,
    });
    expect(none.status).toBe(404);
    const primary = await primaryWithLecture(owner, "FRIENDS");
    const second = await api("POST", "/api/v1/timetables", {
      token: owner.token,
      body: { name: "두번째", semester: SEMESTER },
    });
    await api("PATCH", `/api/v1/timetables/${second.body.id}`, {
      token: owner.token,
      body: { visibility: "FRIENDS" },
    });
    const shown = await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`, {
      token: friend.token,
    });
    expect(shown.body.id).toBe(primary.id);
    await api("PATCH", `/api/v1/timetables/${second.body.id}`, {
      token: owner.token,
      body: { isPrimary: true },
    });
    const switched = await api(
      "GET",
      `/api/v1/friends/${owner.id}/timetable?semester=${SEMESTER}`,
      { token: friend.token },
    );
    expect(switched.body.id).toBe(second.body.id);
    expect(
      (
        await api(
          "GET",
          `/api/v1/friends/${owner.id}/timetable?semester=${SEED_FIXTURES.previousSemester}`,
          { token: friend.token },
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await api("GET", `/api/v1/friends/${owner.id}/timetable?semester=bad`, {
          token: friend.token,
        })
      ).status,
    ).toBe(400);
  });

  it("the seed's demo users are friends", async () => {
    const demo = await testDb().user.findUniqueOrThrow({
      where: { email: "demo@hanbit.ac.kr" },
      select: { id: true },
    });
    const friend = await testDb().user.findUniqueOrThrow({
      where: { email: "friend@hanbit.ac.kr" },
      select: { id: true },
    });
    const row = await testDb().friendship.findUnique({
      where: { pairKey: `${Math.min(demo.id, friend.id)}:${Math.max(demo.id, friend.id)}` },
      select: { status: true },
    });
    expect(row?.status).toBe("ACCEPTED");
  });
});
