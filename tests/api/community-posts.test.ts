import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, createBoard, uniqueTitle, writePost } from "../support/community";

// Boards and posts over HTTP: routes, school scope, validation limits, ownership, soft delete, the write rate limit.

let hanbit: number;
let saesol: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let otherBoards: Awaited<ReturnType<typeof boardsOf>>;
let alice: TestUser;
let bob: TestUser;
let admin: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  otherBoards = await boardsOf(saesol);
  [alice, bob, admin, outsider] = await Promise.all([
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: hanbit, isAdmin: true }),
    createUser({ schoolId: saesol }),
  ]);
});

describe("boards", () => {
  it("GET /api/v1/boards lists the caller's school's boards only", async () => {
    const res = await api("GET", "/api/v1/boards", { token: alice.token });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(9);
    for (const b of res.body.items)
      expect(Object.keys(b).sort()).toEqual([
        "anonymousOnly",
        "createdAt",
        "description",
        "id",
        "isFavorite",
        "kind",
        "manager",
        "name",
      ]);
    const ids = res.body.items.map((b: { id: number }) => b.id);
    expect(ids).toContain(boards.free);
    expect(ids).not.toContain(otherBoards.free);
  });

  it("GET /api/v1/boards/:id answers one board, another school's is 404", async () => {
    const res = await api("GET", `/api/v1/boards/${boards.secret}`, { token: alice.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: boards.secret, kind: "SECRET" });
    const other = await api("GET", `/api/v1/boards/${otherBoards.free}`, { token: alice.token });
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("NOT_FOUND");
    expect((await api("GET", "/api/v1/boards/abc", { token: alice.token })).status).toBe(404);
  });

  it("needs a signed-in caller", async () => {
    const res = await api("GET", "/api/v1/boards");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await api("GET", `/api/v1/boards/${boards.free}/posts`)).status).toBe(401);
    expect(
      (
        await api("POST", `/api/v1/boards/${boards.free}/posts`, {
          body: { title: "t", content: "c" },
        })
      ).status,
    ).toBe(401);
  });
});

describe("writing and reading a post", () => {
  it("POST answers 201 with the full post, GET answers the same", async () => {
    const title = uniqueTitle("첫 글");
    const res = await api("POST", `/api/v1/boards/${boards.free}/posts`, {
      token: alice.token,
      body: { title, content: "안녕하세요\n두 번째 줄", isAnonymous: false },
    });
    expect(res.status).toBe(201);
    const post = res.body;
    expect(Object.keys(post).sort()).toEqual(
      [
        "author",
        "board",
        "commentCount",
        "content",
        "createdAt",
        "id",
        "isAnonymous",
        "isMine",
        "likeCount",
        "likedByMe",
        "photos",
        "scrapCount",
        "scrappedByMe",
        "title",
        "updatedAt",
      ].sort(),
    );
    expect(post).toMatchObject({
      title,
      content: "안녕하세요\n두 번째 줄",
      isAnonymous: false,
      author: { id: alice.id, nickname: alice.nickname, profileImageUrl: null },
      board: { id: boards.free },
      photos: [],
      likeCount: 0,
      scrapCount: 0,
      commentCount: 0,
      likedByMe: false,
      scrappedByMe: false,
      isMine: true,
    });
    expect(typeof post.board.name).toBe("string");
    expect(new Date(post.createdAt).toISOString()).toBe(post.createdAt);

    const seen = await api("GET", `/api/v1/posts/${post.id}`, { token: bob.token });
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      id: post.id,
      title,
      isMine: false,
      author: { id: alice.id, nickname: alice.nickname },
    });
  });

  it("keeps a post of another school out of reach (404, no content)", async () => {
    const post = await writePost(alice, boards.free, { title: uniqueTitle("우리 학교만") });
    const res = await api("GET", `/api/v1/posts/${post.id}`, { token: outsider.token });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(post.title);
    expect(
      (
        await api("PATCH", `/api/v1/posts/${post.id}`, {
          token: outsider.token,
          body: { title: "x" },
        })
      ).status,
    ).toBe(404);
    expect(
      (await api("DELETE", `/api/v1/posts/${post.id}`, { token: outsider.token })).status,
    ).toBe(404);
    const write = await api("POST", `/api/v1/boards/${boards.free}/posts`, {
      token: outsider.token,
      body: { title: "남의 학교", content: "x" },
    });
    expect(write.status).toBe(404);
    const list = await api("GET", `/api/v1/boards/${boards.free}/posts`, { token: outsider.token });
    expect(list.status).toBe(404);
    const school = await api("GET", `/api/v1/posts?limit=100`, { token: outsider.token });
    expect(school.body.items.map((i: { id: number }) => i.id)).not.toContain(post.id);
  });

  it("answers 404 for a missing post and a non-numeric id", async () => {
    expect((await api("GET", "/api/v1/posts/999999999", { token: alice.token })).status).toBe(404);
    expect((await api("GET", "/api/v1/posts/abc", { token: alice.token })).status).toBe(404);
    // Past the 32-bit id range: still a plain 404 (PostgreSQL's integer would overflow).
    for (const id of ["2147483648", "99999999999"]) {
      expect((await api("GET", `/api/v1/posts/${id}`, { token: alice.token })).status).toBe(404);
      expect((await api("PUT", `/api/v1/posts/${id}/like`, { token: alice.token })).status).toBe(
        404,
      );
      expect((await api("GET", `/api/v1/boards/${id}/posts`, { token: alice.token })).status).toBe(
        404,
      );
      expect((await api("GET", `/api/v1/uploads/${id}`, { token: alice.token })).status).toBe(404);
    }
    expect(
      (await api("GET", "/api/v1/posts?author=99999999999", { token: alice.token })).status,
    ).toBe(400);
    expect(
      (
        await api("POST", `/api/v1/boards/${boards.free}/posts`, {
          token: alice.token,
          body: { title: "t", content: "c", photoIds: [99999999999] },
        })
      ).status,
    ).toBe(400);
  });
});

describe("validation", () => {
  const write = (body: unknown) =>
    api("POST", `/api/v1/boards/${boards.info}/posts`, { token: bob.token, body });

  it("title: required, at most 100 characters", async () => {
    const long = await write({ title: "가".repeat(101), content: "내용" });
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe("VALIDATION_FAILED");
    expect(long.body.error.fields.title).toBeDefined();
    const empty = await write({ title: "   ", content: "내용" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields.title).toBeDefined();
    const exact = await api("POST", `/api/v1/boards/${await createBoard(hanbit)}/posts`, {
      token: bob.token,
      body: { title: "가".repeat(100), content: "내용" },
    });
    expect(exact.status).toBe(201);
  });

  it("content: at most 5,000 characters", async () => {
    const res = await write({ title: "제목", content: "a".repeat(5001) });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.content).toBeDefined();
    expect(res.body.error.fields.title).toBeUndefined();
  });

  it("malformed JSON and wrong types are 400s, not 500s", async () => {
    const bad = await api("POST", `/api/v1/boards/${boards.info}/posts`, {
      token: bob.token,
      rawBody: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    const types = await write({ title: 1, content: ["x"], isAnonymous: "yes", photoIds: "1" });
    expect(types.status).toBe(400);
    expect(Object.keys(types.body.error.fields).sort()).toEqual([
      "content",
      "isAnonymous",
      "photoIds",
      "title",
    ]);
    expect(types.text).not.toMatch(/at .*\.js|prisma|SELECT/i);
  });

  it("at most 20 photos", async () => {
    const res = await write({
      title: "사진 많이",
      content: "x",
      photoIds: Array.from({ length: 21 }, (_, i) => i + 1),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.photoIds).toBeDefined();
  });
});

describe("the write rate limit", () => {
  it("refuses a 4th post on one board within 5 minutes with 429 and Retry-After; other boards still work", async () => {
    const user = await createUser({ schoolId: hanbit });
    const board = await createBoard(hanbit);
    for (let i = 0; i < 3; i++) await writePost(user, board);
    const fourth = await api("POST", `/api/v1/boards/${board}/posts`, {
      token: user.token,
      body: { title: "네 번째", content: "x" },
    });
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe("RATE_LIMITED");
    const retry = Number(fourth.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(300);
    // Another board, and another user on this board, are not affected.
    expect(
      (
        await api("POST", `/api/v1/boards/${boards.market}/posts`, {
          token: user.token,
          body: { title: "다른 게시판", content: "x" },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api("POST", `/api/v1/boards/${board}/posts`, {
          token: bob.token,
          body: { title: "다른 사람", content: "x" },
        })
      ).status,
    ).toBe(201);
  });

  it("holds under concurrent writes: 6 at once, exactly 3 get through", async () => {
    const user = await createUser({ schoolId: hanbit });
    const board = await createBoard(hanbit);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api("POST", `/api/v1/boards/${board}/posts`, {
          token: user.token,
          body: { title: `동시 ${i}`, content: "x" },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 201, 201, 429, 429, 429]);
    expect(await testDb().post.count({ where: { boardId: board, authorId: user.id } })).toBe(3);
  });

  it("counts deleted posts too, and lets the user write again once the window has passed", async () => {
    const user = await createUser({ schoolId: hanbit });
    const board = await createBoard(hanbit);
    const posts = [];
    for (let i = 0; i < 3; i++) posts.push(await writePost(user, board));
    await api("DELETE", `/api/v1/posts/${posts[0].id}`, { token: user.token });
    expect(
      (
        await api("POST", `/api/v1/boards/${board}/posts`, {
          token: user.token,
          body: { title: "삭제 후", content: "x" },
        })
      ).status,
    ).toBe(429);
    // Let the window (opened by the first post) pass: its end moved to the past, as time would.
    await testDb().rateLimitBucket.update({
      where: { key: `posts:${user.id}:${board}` },
      data: { resetAt: BigInt(Date.now() - 1000) },
    });
    expect(
      (
        await api("POST", `/api/v1/boards/${board}/posts`, {
          token: user.token,
          body: { title: "이제 됨", content: "x" },
        })
      ).status,
    ).toBe(201);
  });
});

describe("editing", () => {
  it("PATCH by the author changes title/content; others get 403, even an admin", async () => {
    const alice = await createUser({ schoolId: hanbit });
    const post = await writePost(alice, boards.free);
    const res = await api("PATCH", `/api/v1/posts/${post.id}`, {
      token: alice.token,
      body: { title: "고친 제목" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: post.id, title: "고친 제목", content: "내용입니다." });
    expect(new Date(res.body.updatedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(res.body.createdAt).getTime(),
    );
    const other = await api("PATCH", `/api/v1/posts/${post.id}`, {
      token: bob.token,
      body: { title: "남의 글" },
    });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe("FORBIDDEN");
    expect(
      (
        await api("PATCH", `/api/v1/posts/${post.id}`, {
          token: admin.token,
          body: { content: "관리자" },
        })
      ).status,
    ).toBe(403);
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: alice.token })).body.title).toBe(
      "고친 제목",
    );
  });

  it("PATCH validates like POST and needs at least one field", async () => {
    const alice = await createUser({ schoolId: hanbit });
    const post = await writePost(alice, boards.free);
    const long = await api("PATCH", `/api/v1/posts/${post.id}`, {
      token: alice.token,
      body: { title: "x".repeat(101) },
    });
    expect(long.status).toBe(400);
    expect(long.body.error.fields.title).toBeDefined();
    expect(
      (await api("PATCH", `/api/v1/posts/${post.id}`, { token: alice.token, body: {} })).status,
    ).toBe(400);
  });
});

describe("soft delete", () => {
  it("by another user is 403; by the author is 204, then 404 everywhere, the row kept with deletedAt", async () => {
    const alice = await createUser({ schoolId: hanbit });
    const title = uniqueTitle("지울 글");
    const post = await writePost(alice, boards.free, { title, content: "사라질 내용 zqxv" });
    expect((await api("DELETE", `/api/v1/posts/${post.id}`, { token: bob.token })).status).toBe(
      403,
    );

    const res = await api("DELETE", `/api/v1/posts/${post.id}`, { token: alice.token });
    expect(res.status).toBe(204);
    expect(res.text).toBe("");
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: alice.token })).status).toBe(404);
    expect(
      (await api("PATCH", `/api/v1/posts/${post.id}`, { token: alice.token, body: { title: "x" } }))
        .status,
    ).toBe(404);
    expect((await api("DELETE", `/api/v1/posts/${post.id}`, { token: alice.token })).status).toBe(
      404,
    );
    expect((await api("PUT", `/api/v1/posts/${post.id}/like`, { token: bob.token })).status).toBe(
      404,
    );

    const board = await api("GET", `/api/v1/boards/${boards.free}/posts?limit=100`, {
      token: alice.token,
    });
    expect(board.body.items.map((i: { id: number }) => i.id)).not.toContain(post.id);
    const search = await api("GET", `/api/v1/posts?q=zqxv`, { token: alice.token });
    expect(search.body.items).toEqual([]);
    const mine = await api("GET", `/api/v1/me/posts?limit=100`, { token: alice.token });
    expect(mine.body.items.map((i: { id: number }) => i.id)).not.toContain(post.id);

    const row = await testDb().post.findUnique({
      where: { id: post.id },
      select: { deletedAt: true, title: true },
    });
    expect(row?.title).toBe(title);
    expect(row?.deletedAt).toBeInstanceOf(Date);
  });

  it("an admin of the school may delete any post; an admin of another school may not", async () => {
    const otherAdmin = await createUser({ schoolId: saesol, isAdmin: true });
    const post = await writePost(bob, boards.free);
    expect(
      (await api("DELETE", `/api/v1/posts/${post.id}`, { token: otherAdmin.token })).status,
    ).toBe(404);
    expect((await api("DELETE", `/api/v1/posts/${post.id}`, { token: admin.token })).status).toBe(
      204,
    );
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: bob.token })).status).toBe(404);
  });
});
