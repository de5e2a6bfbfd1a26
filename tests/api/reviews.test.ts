import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, type TestUser } from "../support/api";
import { lectureIdByCode, makeLecture, SEED_FIXTURES } from "./lectures-fixtures";

let hanbitId: number;
let saesolId: number;
let author: TestUser;

beforeAll(async () => {
  [hanbitId, saesolId] = await firstSchoolIds();
  author = await createUser({ schoolId: hanbitId });
});

const review = {
  rating: 4,
  content: "설명이 친절하고 과제가 적당해서 듣기 좋았던 수업입니다.",
  semester: "2026-1",
  assignment: "NORMAL",
  teamProject: "NONE",
  grading: "FAIR",
  attendance: "SOMETIMES",
  examCount: 2,
};

describe("POST /api/v1/lectures/:id/reviews", () => {
  it("creates an anonymous review (201) and a second one by the same user is 409 ALREADY_EXISTS", async () => {
    const lecture = await makeLecture({ schoolId: hanbitId, times: [] });
    const res = await api("POST", `/api/v1/lectures/${lecture.id}/reviews`, {
      token: author.token,
      body: review,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      ...review,
      createdAt: expect.any(String),
      isMine: true,
    });
    expect(res.text).not.toContain(author.nickname);
    expect(res.body).not.toHaveProperty("authorId");

    const again = await api("POST", `/api/v1/lectures/${lecture.id}/reviews`, {
      token: author.token,
      body: { ...review, rating: 1 },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ALREADY_EXISTS");

    const lectureNow = await api("GET", `/api/v1/lectures/${lecture.id}`, { token: author.token });
    expect(lectureNow.body.rating).toEqual({ average: 4, count: 1 });
  });

  it("refuses concurrent duplicates to one row", async () => {
    const lecture = await makeLecture({ schoolId: hanbitId, times: [] });
    const user = await createUser({ schoolId: hanbitId });
    const results = await Promise.all(
      [0, 1, 2].map(() =>
        api("POST", `/api/v1/lectures/${lecture.id}/reviews`, { token: user.token, body: review }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it("takes only the required fields", async () => {
    const lecture = await makeLecture({ schoolId: hanbitId, times: [] });
    const res = await api("POST", `/api/v1/lectures/${lecture.id}/reviews`, {
      token: author.token,
      body: {
        rating: 5,
        content: "스무 자 이상의 강의평을 남겨 봅니다. 좋았어요!",
        semester: "2026-2",
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      assignment: null,
      teamProject: null,
      grading: null,
      attendance: null,
      examCount: null,
    });
  });

  it("validates rating 1–5, content 20–2000 characters, semester format and the enums", async () => {
    const lecture = await makeLecture({ schoolId: hanbitId, times: [] });
    const cases: [Record<string, unknown>, string][] = [
      [{ ...review, rating: 0 }, "rating"],
      [{ ...review, rating: 6 }, "rating"],
      [{ ...review, rating: 3.5 }, "rating"],
      [{ ...review, content: "짧아요" }, "content"],
      [{ ...review, content: "                    열아홉자                 " }, "content"],
      [{ ...review, content: "가".repeat(2001) }, "content"],
      [{ ...review, semester: "2026" }, "semester"],
      [{ ...review, assignment: "LOTS" }, "assignment"],
      [{ ...review, teamProject: "SOME" }, "teamProject"],
      [{ ...review, grading: "EASY" }, "grading"],
      [{ ...review, attendance: "NEVER" }, "attendance"],
      [{ ...review, examCount: -1 }, "examCount"],
    ];
    for (const [body, field] of cases) {
      const res = await api("POST", `/api/v1/lectures/${lecture.id}/reviews`, {
        token: author.token,
        body,
      });
      expect(res.status, field).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.fields[field], field).toBeDefined();
    }
    const ok = await api("POST", `/api/v1/lectures/${lecture.id}/reviews`, {
      token: author.token,
      body: { ...review, content: "가".repeat(20) },
    });
    expect(ok.status).toBe(201);
  });

  it("answers 404 for another school's lecture and needs a signed-in user", async () => {
    const foreign = await lectureIdByCode(saesolId, SEED_FIXTURES.lectures.online.code);
    const res = await api("POST", `/api/v1/lectures/${foreign}/reviews`, {
      token: author.token,
      body: review,
    });
    expect(res.status).toBe(404);
    expect(
      (await api("GET", `/api/v1/lectures/${foreign}/reviews`, { token: author.token })).status,
    ).toBe(404);
    expect(
      (await api("POST", `/api/v1/lectures/${foreign}/reviews`, { body: review })).status,
    ).toBe(401);
  });
});

describe("GET /api/v1/lectures/:id/reviews", () => {
  it("lists newest first, paginated, anonymous, with isMine", async () => {
    const lecture = await makeLecture({ schoolId: hanbitId, times: [] });
    const writers = await Promise.all([0, 1, 2].map(() => createUser({ schoolId: hanbitId })));
    const ids: number[] = [];
    for (const [i, w] of writers.entries()) {
      const res = await api("POST", `/api/v1/lectures/${lecture.id}/reviews`, {
        token: w.token,
        body: { ...review, rating: i + 3 },
      });
      ids.push(res.body.id);
    }
    const page1 = await api("GET", `/api/v1/lectures/${lecture.id}/reviews?limit=2`, {
      token: writers[0].token,
    });
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((r: any) => r.id)).toEqual([ids[2], ids[1]]);
    expect(page1.body.items.map((r: any) => r.isMine)).toEqual([false, false]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await api(
      "GET",
      `/api/v1/lectures/${lecture.id}/reviews?limit=2&cursor=${page1.body.nextCursor}`,
      { token: writers[0].token },
    );
    expect(page2.body.items.map((r: any) => r.id)).toEqual([ids[0]]);
    expect(page2.body.items[0].isMine).toBe(true);
    expect(page2.body.nextCursor).toBeNull();
    for (const item of [...page1.body.items, ...page2.body.items]) {
      expect(Object.keys(item).sort()).toEqual(
        [
          "assignment",
          "attendance",
          "content",
          "createdAt",
          "examCount",
          "grading",
          "id",
          "isMine",
          "rating",
          "semester",
          "teamProject",
        ].sort(),
      );
    }
    for (const w of writers) {
      expect(page1.text).not.toContain(w.nickname);
      expect(page2.text).not.toContain(w.nickname);
    }
  });
});
