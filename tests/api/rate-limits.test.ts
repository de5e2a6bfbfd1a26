import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type ApiResponse } from "../support/api";
import { boardsOf, createBoard, uploadFile, writePost } from "../support/community";
import { pngBytes } from "../support/images";
import { makeLecture, SEMESTER } from "./lectures-fixtures";

// Every write's rate limit over HTTP, with the server's DEFAULT limits (the API test server sets
// none; it sets TRUST_PROXY=1 so tests can speak for a client address with X-Forwarded-For).
// Refusals are 429 RATE_LIMITED with Retry-After and RateLimit-*; limited answers that pass carry
// RateLimit-* too. Where a default is large, the window is first filled through the database
// (the server's own claims read it back), then the last allowed request and the refused one go
// over HTTP.

let hanbit: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;

beforeAll(async () => {
  [hanbit] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
});

// A client address no other request of this file has used (the last hop is the client): a random
// one could repeat one whose failed login still counts, and a test expecting exactly 100 allowed
// failures from it then saw 99 (CI, session 4). 198.18.0.0/15 is reserved for such tests.
let addresses = 0;
const address = () => {
  const n = addresses++;
  return `198.51.100.${crypto.randomInt(1, 255)}, 198.18.${Math.floor(n / 254)}.${(n % 254) + 1}`;
};

function expectPassed(res: ApiResponse, limit: number, remaining: number) {
  expect(res.status, res.text).toBeLessThan(300);
  expect(res.headers.get("ratelimit-limit")).toBe(String(limit));
  expect(res.headers.get("ratelimit-remaining")).toBe(String(remaining));
  expect(Number(res.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
}

function expectRefused(res: ApiResponse, limit: number) {
  expect(res.status, res.text).toBe(429);
  expect(res.body.error.code).toBe("RATE_LIMITED");
  expect(res.body.error.message).toMatch(/[가-힣]/);
  expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(res.headers.get("ratelimit-limit")).toBe(String(limit));
  expect(res.headers.get("ratelimit-remaining")).toBe("0");
  expect(Number(res.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
}

/** Counts `used` claims against the key as earlier requests would have (a window opened now). */
async function fill(key: string, used: number, windowSeconds: number) {
  const resetAt = BigInt(Date.now() + windowSeconds * 1000);
  await testDb().rateLimitBucket.upsert({
    where: { key },
    create: { key, count: used, resetAt },
    update: { count: used, resetAt },
  });
}

describe("per-user write limits (defaults)", () => {
  it("posts: 3 per board in 5 minutes", async () => {
    const user = await createUser({ schoolId: hanbit });
    const board = await createBoard(hanbit);
    for (let i = 0; i < 3; i++) {
      const res = await api("POST", `/api/v1/boards/${board}/posts`, {
        token: user.token,
        body: { title: `제목 ${i}`, content: "본문", isAnonymous: false },
      });
      expectPassed(res, 3, 2 - i);
    }
    expectRefused(
      await api("POST", `/api/v1/boards/${board}/posts`, {
        token: user.token,
        body: { title: "넷째", content: "본문", isAnonymous: false },
      }),
      3,
    );
    // Another board is another window.
    expect(
      (
        await api("POST", `/api/v1/boards/${boards.free}/posts`, {
          token: user.token,
          body: { title: "다른 판", content: "본문", isAnonymous: false },
        })
      ).status,
    ).toBe(201);
  });

  it("comments and replies: 30 in 5 minutes, a concurrent burst included", async () => {
    const author = await createUser({ schoolId: hanbit });
    const post = await writePost(author, boards.free);
    const user = await createUser({ schoolId: hanbit });
    const first = await api("POST", `/api/v1/posts/${post.id}/comments`, {
      token: user.token,
      body: { content: "첫 댓글" },
    });
    expectPassed(first, 30, 29);
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api("POST", `/api/v1/posts/${post.id}/comments`, {
          token: user.token,
          body: { content: `답글 ${i}`, parentId: first.body.id },
        }),
      ),
    );
    expect(burst.filter((r) => r.status === 201)).toHaveLength(29);
    const refused = burst.filter((r) => r.status === 429);
    expect(refused).toHaveLength(11);
    expectRefused(refused[0], 30);
    const count = await testDb().comment.count({ where: { postId: post.id, authorId: user.id } });
    expect(count).toBe(30);
  });

  it("공감/스크랩: 120 in 10 minutes", async () => {
    const author = await createUser({ schoolId: hanbit });
    const post = await writePost(author, boards.free);
    const user = await createUser({ schoolId: hanbit });
    await fill(`marks:${user.id}`, 119, 600);
    expectPassed(await api("PUT", `/api/v1/posts/${post.id}/like`, { token: user.token }), 120, 0);
    expectRefused(await api("PUT", `/api/v1/posts/${post.id}/scrap`, { token: user.token }), 120);
    expectRefused(await api("DELETE", `/api/v1/posts/${post.id}/like`, { token: user.token }), 120);
  });

  it("uploads: 30 in 10 minutes, and a daily quota of uploads and bytes", async () => {
    const user = await createUser({ schoolId: hanbit });
    const png = pngBytes(4, 4);
    await fill(`uploads:${user.id}`, 29, 600);
    expectPassed(await uploadFile(user, png), 30, 0);
    expectRefused(await uploadFile(user, png), 30);

    const daily = await createUser({ schoolId: hanbit });
    await fill(`uploadsDaily:${daily.id}`, 200, 86_400);
    expectRefused(await uploadFile(daily, png), 200);

    const bytes = await createUser({ schoolId: hanbit });
    await fill(`uploadBytesDaily:${bytes.id}`, 500 * 1024 * 1024 - png.byteLength, 86_400);
    expectPassed(await uploadFile(bytes, png), 500 * 1024 * 1024, 0);
    const over = await uploadFile(bytes, png);
    expect(over.status).toBe(429);
    expect(over.body.error.message).toContain("용량");
    // Refused uploads stored nothing.
    expect(await testDb().photo.count({ where: { ownerId: { in: [daily.id, bytes.id] } } })).toBe(
      1,
    );
  });

  it("timetables: 20 new ones an hour; adding and removing lectures: 200 in 10 minutes", async () => {
    const user = await createUser({ schoolId: hanbit });
    await fill(`timetables:${user.id}`, 19, 3600);
    const made = await api("POST", "/api/v1/timetables", {
      token: user.token,
      body: { name: "새 시간표", semester: SEMESTER },
    });
    expectPassed(made, 20, 0);
    expectRefused(
      await api("POST", "/api/v1/timetables", {
        token: user.token,
        body: { name: "또 하나", semester: SEMESTER },
      }),
      20,
    );

    const lecture = await makeLecture({ schoolId: hanbit, times: [] });
    await fill(`timetableLectures:${user.id}`, 198, 600);
    expectPassed(
      await api("POST", `/api/v1/timetables/${made.body.id}/lectures`, {
        token: user.token,
        body: { lectureId: lecture.id },
      }),
      200,
      1,
    );
    expectPassed(
      await api("DELETE", `/api/v1/timetables/${made.body.id}/lectures/${lecture.id}`, {
        token: user.token,
      }),
      200,
      0,
    );
    expectRefused(
      await api("POST", `/api/v1/timetables/${made.body.id}/lectures`, {
        token: user.token,
        body: { lectureId: lecture.id },
      }),
      200,
    );
  });

  it("friend requests: 30 an hour", async () => {
    const user = await createUser({ schoolId: hanbit });
    const others = await Promise.all([0, 1].map(() => createUser({ schoolId: hanbit })));
    await fill(`friendRequests:${user.id}`, 29, 3600);
    expectPassed(
      await api("POST", "/api/v1/friends/requests", {
        token: user.token,
        body: { nickname: others[0].nickname },
      }),
      30,
      0,
    );
    expectRefused(
      await api("POST", "/api/v1/friends/requests", {
        token: user.token,
        body: { nickname: others[1].nickname },
      }),
      30,
    );
  });

  it("reviews: 10 an hour", async () => {
    const user = await createUser({ schoolId: hanbit });
    const lectures = await Promise.all(
      Array.from({ length: 11 }, () => makeLecture({ schoolId: hanbit, times: [] })),
    );
    const review = {
      rating: 4,
      content: "설명이 친절하고 과제가 적당했던 수업입니다.",
      semester: "2026-1",
    };
    for (let i = 0; i < 10; i++)
      expectPassed(
        await api("POST", `/api/v1/lectures/${lectures[i].id}/reviews`, {
          token: user.token,
          body: review,
        }),
        10,
        9 - i,
      );
    expectRefused(
      await api("POST", `/api/v1/lectures/${lectures[10].id}/reviews`, {
        token: user.token,
        body: review,
      }),
      10,
    );
  });

  it("one user's limit is not another's", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    await fill(`timetables:${a.id}`, 20, 3600);
    expect(
      (
        await api("POST", "/api/v1/timetables", {
          token: b.token,
          body: { name: "b의 시간표", semester: SEMESTER },
        })
      ).status,
    ).toBe(201);
  });
});

describe("RateLimit-* on the other limited routes (messages, reports, password change)", () => {
  it("쪽지: 60 in 10 minutes, counted down on each answer", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const post = await writePost(b, boards.free);
    for (let i = 0; i < 2; i++) {
      expectPassed(
        await api("POST", "/api/v1/messages", {
          token: a.token,
          body: { content: `쪽지 ${i}`, to: { postId: post.id } },
        }),
        60,
        59 - i,
      );
    }
    await fill(`messages:${a.id}`, 60, 600);
    expectRefused(
      await api("POST", "/api/v1/messages", {
        token: a.token,
        body: { content: "하나 더", to: { postId: post.id } },
      }),
      60,
    );
  });

  it("신고: 30 an hour", async () => {
    const [a, b] = await Promise.all([
      createUser({ schoolId: hanbit }),
      createUser({ schoolId: hanbit }),
    ]);
    const [p1, p2] = [await writePost(b, boards.free), await writePost(b, boards.free)];
    expectPassed(
      await api("POST", "/api/v1/reports", {
        token: a.token,
        body: { target: { postId: p1.id }, reason: "SPAM" },
      }),
      30,
      29,
    );
    await fill(`reports:${a.id}`, 30, 3600);
    expectRefused(
      await api("POST", "/api/v1/reports", {
        token: a.token,
        body: { target: { postId: p2.id }, reason: "SPAM" },
      }),
      30,
    );
  });

  it("a password change checks the current password like a login (5 per email)", async () => {
    const user = await createUser({ schoolId: hanbit });
    const wrong = await api("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: "wrong-password-1", newPassword: "another-pass-99" },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.headers.get("ratelimit-limit")).toBe("5");
    expect(wrong.headers.get("ratelimit-remaining")).toBe("4");
    await fill(`loginEmail:${user.email}`, 5, 900);
    expectRefused(
      await api("PATCH", "/api/v1/me", {
        token: user.token,
        body: { currentPassword: user.password, newPassword: "another-pass-99" },
      }),
      5,
    );
  });
});

describe("per-address limits: signups and logins", () => {
  it("signups: 100 an hour per client address (X-Forwarded-For's last entry behind TRUST_PROXY=1)", async () => {
    const xff = address();
    const signup = (i: number, schoolId: number) =>
      api("POST", "/api/v1/auth/signup", {
        headers: { "x-forwarded-for": xff },
        body: {
          email: `rl${i}-${crypto.randomBytes(3).toString("hex")}@test.example`,
          password: "password-1234",
          nickname: `가입${crypto.randomBytes(4).toString("hex")}`,
          schoolId,
        },
      });
    // Every attempt counts, refused ones (here: an unknown school, 400) included.
    const attempts = await Promise.all(Array.from({ length: 99 }, (_, i) => signup(i, 999_999)));
    expect(attempts.every((r) => r.status === 400)).toBe(true);
    expectPassed(await signup(99, hanbit), 100, 0);
    expectRefused(await signup(100, hanbit), 100);
    // The client-written entries of X-Forwarded-For do not make a new address…
    const spoofed = await api("POST", "/api/v1/auth/signup", {
      headers: { "x-forwarded-for": `10.9.8.7, ${xff.split(", ")[1]}` },
      body: {
        email: `spoof-${crypto.randomBytes(3).toString("hex")}@test.example`,
        password: "password-1234",
        nickname: `위조${crypto.randomBytes(4).toString("hex")}`,
        schoolId: hanbit,
      },
    });
    expect(spoofed.status).toBe(429);
    // …the proxy's entry does.
    expect((await signup(101, 999_999)).status).toBe(429);
    const elsewhere = await api("POST", "/api/v1/auth/signup", {
      headers: { "x-forwarded-for": address() },
      body: {
        email: `else-${crypto.randomBytes(3).toString("hex")}@test.example`,
        password: "password-1234",
        nickname: `딴곳${crypto.randomBytes(4).toString("hex")}`,
        schoolId: hanbit,
      },
    });
    expect(elsewhere.status).toBe(201);
  });

  it("signups: a taken e-mail stays a 409, counts against the address, and costs what a new account costs (issue 26.8)", async () => {
    const xff = address();
    const taken = await createUser({ schoolId: hanbit });
    const signup = (email: string) =>
      api("POST", "/api/v1/auth/signup", {
        headers: { "x-forwarded-for": xff },
        body: {
          email,
          password: "password-1234",
          nickname: `시간${crypto.randomBytes(4).toString("hex")}`,
          schoolId: hanbit,
        },
      });
    const timed = async (email: string) => {
      const started = performance.now();
      const res = await signup(email);
      return { res, ms: performance.now() - started };
    };
    const fresh: number[] = [];
    const conflicts: number[] = [];
    // Interleaved, so a busy moment of the machine falls on both alike.
    for (let i = 0; i < 9; i++) {
      const made = await timed(`time${i}-${crypto.randomBytes(3).toString("hex")}@test.example`);
      expect(made.res.status).toBe(201);
      fresh.push(made.ms);
      const refused = await timed(taken.email);
      expect(refused.res.status).toBe(409);
      expect(refused.res.body.error.fields.email).toBeDefined();
      conflicts.push(refused.ms);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Both hash the password (argon2id, tens of ms); a 409 that skipped it would take a few ms.
    expect(median(conflicts)).toBeGreaterThan(median(fresh) * 0.5);
    // The 18 attempts (409s included) are 18 of the address's 100.
    expectPassed(
      await signup(`last-${crypto.randomBytes(3).toString("hex")}@test.example`),
      100,
      81,
    );
    await fill(`signupAddress:${xff.split(", ")[1]}`, 100, 3600);
    expectRefused(await signup(taken.email), 100);
  });

  it("logins: a burst of 100 wrong guesses for one email gets at most 5 password checks, then the right password is refused too", async () => {
    const user = await createUser({ schoolId: hanbit });
    const burst = await Promise.all(
      Array.from({ length: 100 }, () =>
        api("POST", "/api/v1/auth/token", {
          headers: { "x-forwarded-for": address() },
          body: { email: user.email, password: "wrong-password-1" },
        }),
      ),
    );
    expect(burst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(5);
    expect(burst.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(95);
    expectRefused(
      burst.find((r) => r.status === 429)!,
      5,
    );
    const right = await api("POST", "/api/v1/auth/token", {
      headers: { "x-forwarded-for": address() },
      body: { email: user.email, password: user.password },
    });
    expect(right.status).toBe(429);
    expect(right.body.accessToken).toBeUndefined();
  });

  it("logins: 100 failures per address in 15 minutes across emails; successes there do not count", async () => {
    const xff = address();
    const user = await createUser({ schoolId: hanbit });
    const login = (email: string, password: string, from = xff) =>
      api("POST", "/api/v1/auth/token", {
        headers: { "x-forwarded-for": from },
        body: { email, password },
      });
    const ok = await login(user.email, user.password);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("ratelimit-limit")).toBe("5"); // the tighter of the two (per email)
    const guesses = await Promise.all(
      Array.from({ length: 110 }, (_, i) =>
        login(`nobody${i}-${crypto.randomBytes(3).toString("hex")}@test.example`, "guess-password"),
      ),
    );
    expect(guesses.filter((r) => r.status === 401)).toHaveLength(100);
    expect(guesses.filter((r) => r.status === 429)).toHaveLength(10);
    const refused = await login(user.email, user.password);
    expectRefused(refused, 100);
    expect((await login(user.email, user.password, address())).status).toBe(200);
  });
});
