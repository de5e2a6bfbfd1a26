import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, writePost } from "../support/community";

// 게시판 만들기, 게시판 찾기, 즐겨찾기 and managers (SPEC "Boards students make"): what an API
// client sees, on SQLite, PostgreSQL and through nginx.

let hanbit: number;
let saesol: number;
let fixed: Awaited<ReturnType<typeof boardsOf>>;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  fixed = await boardsOf(hanbit);
});

const tag = () => crypto.randomBytes(3).toString("hex");
const makeBoard = (u: TestUser, body: Record<string, unknown>) =>
  api("POST", "/api/v1/boards", { token: u.token, body });
async function newBoard(u: TestUser, extra: Record<string, unknown> = {}) {
  const res = await makeBoard(u, {
    name: `스터디${tag()}`,
    description: "함께 공부해요",
    ...extra,
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: number; name: string; description: string };
}
async function allBoards(u: TestUser, query = "") {
  const items: any[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const sep = query ? "&" : "";
    const res: any = await api(
      "GET",
      `/api/v1/boards?limit=100${sep}${query}${cursor ? `&cursor=${cursor}` : ""}`,
      { token: u.token },
    );
    expect(res.status, res.text).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  return items;
}

describe("POST /api/v1/boards", () => {
  it("makes a USER board whose maker is its manager; 409 on a name the school has, spaces and case aside", async () => {
    const maker = await createUser({ schoolId: hanbit, nickname: `만든이${tag()}` });
    const name = `코딩 Study ${tag()}`;
    const res = await makeBoard(maker, {
      name,
      description: "알고리즘 스터디",
      anonymousOnly: true,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      name,
      description: "알고리즘 스터디",
      kind: "USER",
      anonymousOnly: true,
      isFavorite: false,
      manager: { nickname: maker.nickname },
      createdAt: expect.any(String),
    });
    const other = await createUser({ schoolId: hanbit });
    for (const taken of [
      name,
      name.replaceAll(" ", ""),
      name.toUpperCase(),
      "자유게시판",
      "자유 게시판",
    ]) {
      const again = await makeBoard(other, { name: taken, description: "" });
      expect(again.status, taken).toBe(409);
      expect(again.body.error.fields.name).toBeDefined();
    }
    // Another school may have the same name.
    const elsewhere = await createUser({ schoolId: saesol });
    expect((await makeBoard(elsewhere, { name })).status).toBe(201);
  });

  it("refuses a name of 1 or 21 characters, a description over 100, control and invisible characters", async () => {
    const u = await createUser({ schoolId: hanbit });
    const bad = [
      { name: "가" },
      { name: "가".repeat(21) },
      { name: "  " },
      { name: `좋은이름${tag()}`, description: "가".repeat(101) },
      { name: "제어\u0000문자" },
      { name: "보이지\u200b않는" },
      { name: 12 },
      { name: `익명${tag()}`, anonymousOnly: "yes" },
    ];
    for (const body of bad)
      expect((await makeBoard(u, body)).status, JSON.stringify(body)).toBe(400);
    expect((await makeBoard(u, { name: "가".repeat(20) + tag() })).status).toBe(400);
    // Nothing above used up the student's three boards.
    for (let i = 0; i < 3; i++) await newBoard(u);
  });

  it("allows 3 boards per student per 30 days, then 429 with Retry-After", async () => {
    const u = await createUser({ schoolId: hanbit });
    for (let i = 0; i < 3; i++) await newBoard(u);
    const fourth = await makeBoard(u, { name: `넷째${tag()}` });
    expect(fourth.status).toBe(429);
    expect(fourth.body.error.code).toBe("RATE_LIMITED");
    const retry = Number(fourth.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(29 * 86400);
    expect(retry).toBeLessThanOrEqual(30 * 86400);
    // Another student is not held back by it.
    await newBoard(await createUser({ schoolId: hanbit }));
  });

  it("holds the 3 in 30 days against a burst: 10 concurrent creations make exactly 3 boards", async () => {
    const u = await createUser({ schoolId: hanbit });
    const burst = await Promise.all(
      Array.from({ length: 10 }, (_, i) => makeBoard(u, { name: `동시${i}${tag()}` })),
    );
    expect(burst.map((r) => r.status).sort()).toEqual([201, 201, 201, ...Array(7).fill(429)]);
    expect(await testDb().board.count({ where: { managerId: u.id } })).toBe(3);
  });

  it("answers 401 without a token", async () => {
    expect((await api("POST", "/api/v1/boards", { body: { name: "토큰없음" } })).status).toBe(401);
  });
});

describe("GET /api/v1/boards (게시판 찾기)", () => {
  it("lists the school's own boards before the students' (newest first), with isFavorite and manager", async () => {
    const maker = await createUser({ schoolId: hanbit });
    const older = await newBoard(maker);
    const newer = await newBoard(maker);
    const reader = await createUser({ schoolId: hanbit });
    const items = await allBoards(reader);
    const kinds = items.map((b) => b.kind);
    const firstUser = kinds.indexOf("USER");
    expect(firstUser).toBeGreaterThan(0);
    expect(kinds.slice(firstUser).every((k) => k === "USER")).toBe(true);
    const ids = items.map((b) => b.id);
    expect(ids.indexOf(newer.id)).toBeLessThan(ids.indexOf(older.id));
    expect(new Set(ids).size).toBe(ids.length);
    const free = items.find((b) => b.id === fixed.free);
    expect(free).toMatchObject({ kind: "FREE", manager: null, isFavorite: false });
    expect(items.find((b) => b.id === newer.id)).toMatchObject({
      manager: { nickname: maker.nickname },
      isFavorite: false,
    });
    // Another school's students never see it, and it answers them 404.
    const outsider = await createUser({ schoolId: saesol });
    expect((await allBoards(outsider)).some((b) => b.id === newer.id)).toBe(false);
    expect((await api("GET", `/api/v1/boards/${newer.id}`, { token: outsider.token })).status).toBe(
      404,
    );
    expect(
      (await api("GET", `/api/v1/boards/${newer.id}/posts`, { token: outsider.token })).status,
    ).toBe(404);
  });

  it("pages with limit and cursor: every board once", async () => {
    const u = await createUser({ schoolId: hanbit });
    const all = await allBoards(u);
    const paged: number[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await api(
        "GET",
        `/api/v1/boards?limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        { token: u.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(3);
      paged.push(...res.body.items.map((b: any) => b.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((b) => b.id));
    expect((await api("GET", "/api/v1/boards?cursor=bad", { token: u.token })).status).toBe(400);
  });

  it("searches name or description (?q=, literally) and filters by kind", async () => {
    const t = tag();
    const maker = await createUser({ schoolId: hanbit });
    const byName = await newBoard(maker, { name: `러닝크루${t}`, description: "" });
    const byDescription = await newBoard(maker, {
      name: `달리기${t}`,
      description: `러닝크루${t} 2기`,
    });
    const u = await createUser({ schoolId: hanbit });
    const found = await allBoards(u, `q=${encodeURIComponent(`러닝크루${t}`)}`);
    expect(found.map((b) => b.id).sort()).toEqual([byName.id, byDescription.id].sort());
    // Case does not matter; % and _ are characters.
    expect(
      (await allBoards(u, `q=${encodeURIComponent(`러닝크루${t.toUpperCase()}`)}`)).length,
    ).toBe(2);
    expect(await allBoards(u, "q=%25%25")).toEqual([]);
    expect(await allBoards(u, "q=__")).toEqual([]);
    // The school's own boards are searched too.
    expect(
      (await allBoards(u, `q=${encodeURIComponent("자유게시판")}`)).map((b) => b.id),
    ).toContain(fixed.free);
    const onlyUser = await allBoards(u, "kind=USER");
    expect(onlyUser.length).toBeGreaterThan(1);
    expect(onlyUser.every((b) => b.kind === "USER")).toBe(true);
    expect((await allBoards(u, "kind=SECRET")).map((b) => b.id)).toEqual([fixed.secret]);
    for (const q of ["q=a", "kind=NOPE", "sort=old"])
      expect((await api("GET", `/api/v1/boards?${q}`, { token: u.token })).status, q).toBe(400);
  });

  it("orders students' boards by recent posting with sort=active", async () => {
    const t = tag();
    const maker = await createUser({ schoolId: hanbit });
    const quiet = await newBoard(maker, { name: `조용한${t}` });
    const busy = await newBoard(maker, { name: `바쁜${t}` });
    const writer = await createUser({ schoolId: hanbit });
    await writePost(writer, quiet.id);
    for (let i = 0; i < 2; i++) await writePost(writer, busy.id);
    const u = await createUser({ schoolId: hanbit });
    const active = await allBoards(u, `kind=USER&sort=active&q=${t}`);
    expect(active.map((b) => b.id)).toEqual([busy.id, quiet.id]);
    const newest = await allBoards(u, `kind=USER&sort=new&q=${t}`);
    expect(newest.map((b) => b.id)).toEqual([busy.id, quiet.id]);
    await writePost(writer, quiet.id);
    await writePost(writer, quiet.id);
    expect((await allBoards(u, `kind=USER&sort=active&q=${t}`)).map((b) => b.id)).toEqual([
      quiet.id,
      busy.id,
    ]);
  });
});

describe("즐겨찾기", () => {
  it("PUT and DELETE /favorite are idempotent; favourites come first, once, with isFavorite", async () => {
    const maker = await createUser({ schoolId: hanbit });
    const board = await newBoard(maker);
    const u = await createUser({ schoolId: hanbit });
    for (let i = 0; i < 2; i++) {
      const put = await api("PUT", `/api/v1/boards/${board.id}/favorite`, { token: u.token });
      expect(put.status, put.text).toBe(200);
      expect(put.body).toEqual({ favorite: true });
    }
    await api("PUT", `/api/v1/boards/${fixed.info}/favorite`, { token: u.token });
    const items = await allBoards(u);
    expect(items.slice(0, 2).map((b) => [b.id, b.isFavorite])).toEqual([
      [board.id, true],
      [fixed.info, true],
    ]);
    expect(items.filter((b) => b.id === fixed.info)).toHaveLength(1);
    expect(items.slice(2).every((b) => b.isFavorite === false)).toBe(true);
    expect(
      (await api("GET", `/api/v1/boards/${board.id}`, { token: u.token })).body.isFavorite,
    ).toBe(true);
    // Per student: the maker has not starred it.
    expect((await allBoards(maker))[0].id).not.toBe(board.id);
    for (let i = 0; i < 2; i++) {
      const del = await api("DELETE", `/api/v1/boards/${board.id}/favorite`, { token: u.token });
      expect(del.status).toBe(200);
      expect(del.body).toEqual({ favorite: false });
    }
    expect((await allBoards(u))[0].id).toBe(fixed.info);
    const outsider = await createUser({ schoolId: saesol });
    expect(
      (await api("PUT", `/api/v1/boards/${board.id}/favorite`, { token: outsider.token })).status,
    ).toBe(404);
  });
});

describe("즐겨찾기 under concurrent requests", () => {
  it("holds the 50-board cap against a burst: with 48 starred, 6 concurrent stars add exactly 2", async () => {
    // A school of its own, so these 54 boards crowd no other test's lists.
    const school = await testDb().school.create({ data: { name: `즐겨찾기대학교${tag()}` } });
    const boards = await Promise.all(
      Array.from({ length: 54 }, (_, i) =>
        testDb().board.create({
          data: { schoolId: school.id, name: `게시판${i}`, kind: "FREE", position: i },
          select: { id: true },
        }),
      ),
    );
    const u = await createUser({ schoolId: school.id });
    await testDb().boardFavorite.createMany({
      data: boards.slice(0, 48).map((b) => ({ userId: u.id, boardId: b.id })),
    });
    const burst = await Promise.all(
      boards
        .slice(48)
        .map((b) => api("PUT", `/api/v1/boards/${b.id}/favorite`, { token: u.token })),
    );
    expect(burst.map((r) => r.status).sort()).toEqual([200, 200, 409, 409, 409, 409]);
    expect(burst.find((r) => r.status === 409)!.body.error.code).toBe("CONFLICT");
    expect(await testDb().boardFavorite.count({ where: { userId: u.id } })).toBe(50);
  });

  it("a burst of stars and unstars on one board leaves one answer per request and at most one star", async () => {
    const maker = await createUser({ schoolId: hanbit });
    const board = await newBoard(maker);
    const u = await createUser({ schoolId: hanbit });
    const burst = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        api(i % 2 ? "DELETE" : "PUT", `/api/v1/boards/${board.id}/favorite`, { token: u.token }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(Array(12).fill(200));
    const rows = await testDb().boardFavorite.count({ where: { userId: u.id, boardId: board.id } });
    expect(rows).toBeLessThanOrEqual(1);
    // What the list says is what is stored.
    const listed = (await allBoards(u)).find((b) => b.id === board.id);
    expect(listed.isFavorite).toBe(rows === 1);
  });
});

describe("PATCH /api/v1/boards/:id (managers)", () => {
  it("the manager changes the description and hands the board over; others 403; an admin may too", async () => {
    const maker = await createUser({ schoolId: hanbit });
    const board = await newBoard(maker);
    const next = await createUser({ schoolId: hanbit, nickname: `다음관리자${tag()}` });
    const stranger = await createUser({ schoolId: hanbit });
    const patch = (u: TestUser, body: unknown, id = board.id) =>
      api("PATCH", `/api/v1/boards/${id}`, { token: u.token, body });

    expect((await patch(stranger, { description: "내 게시판" })).status).toBe(403);
    const edited = await patch(maker, { description: "  새 소개  " });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.description).toBe("새 소개");
    expect((await patch(maker, {})).status).toBe(400);
    expect((await patch(maker, { description: "가".repeat(101) })).status).toBe(400);
    expect((await patch(maker, { manager: { nickname: "없는닉네임없는" } })).status).toBe(400);
    const elsewhere = await createUser({ schoolId: saesol, nickname: `다른학교${tag()}` });
    expect((await patch(maker, { manager: { nickname: elsewhere.nickname } })).status).toBe(400);

    const handed = await patch(maker, { manager: { nickname: next.nickname } });
    expect(handed.status, handed.text).toBe(200);
    expect(handed.body.manager).toEqual({ nickname: next.nickname });
    expect((await patch(maker, { description: "돌려줘" })).status).toBe(403);
    expect((await patch(next, { description: "넘겨받았어요" })).body.description).toBe(
      "넘겨받았어요",
    );

    const admin = await createUser({ schoolId: hanbit, isAdmin: true });
    expect((await patch(admin, { description: "관리자가 고침" })).status).toBe(200);
    // A fixed board has no manager to hand over; its description is an admin's.
    expect((await patch(next, { description: "x" }, fixed.free)).status).toBe(403);
    expect((await patch(admin, { manager: { nickname: next.nickname } }, fixed.free)).status).toBe(
      400,
    );
    const outsider = await createUser({ schoolId: saesol, isAdmin: true });
    expect((await patch(outsider, { description: "x" })).status).toBe(404);
  });
});

describe("posting on a student's board", () => {
  it("works as on any board; an anonymous-only board forces 익명", async () => {
    const maker = await createUser({ schoolId: hanbit });
    const open = await newBoard(maker);
    const secret = await newBoard(maker, { anonymousOnly: true });
    const writer = await createUser({ schoolId: hanbit });
    const named = await writePost(writer, open.id, { isAnonymous: false });
    expect(named.author.nickname).toBe(writer.nickname);
    expect(named.board).toEqual({ id: open.id, name: open.name });
    const forced = await writePost(writer, secret.id, { isAnonymous: false });
    expect(forced.author).toEqual({ name: "익명" });
    expect(forced.isAnonymous).toBe(true);
    const comment = await api("POST", `/api/v1/posts/${forced.id}/comments`, {
      token: maker.token,
      body: { content: "반가워요", isAnonymous: false },
    });
    expect(comment.status, comment.text).toBe(201);
    expect(comment.body.author).toEqual({ name: "익명1" });
    const list = await api("GET", `/api/v1/boards/${open.id}/posts`, { token: maker.token });
    expect(list.body.items.map((p: any) => p.id)).toEqual([named.id]);
    // 3 posts per 5 minutes per board, as anywhere.
    for (let i = 0; i < 2; i++) await writePost(writer, open.id);
    const fourth = await api("POST", `/api/v1/boards/${open.id}/posts`, {
      token: writer.token,
      body: { title: "넷째", content: "내용" },
    });
    expect(fourth.status).toBe(429);
  });
});

describe("closing a board (admins)", () => {
  it("takes the board and its posts out of every list; the posts stay reachable to their authors", async () => {
    const maker = await createUser({ schoolId: hanbit });
    const board = await newBoard(maker);
    const writer = await createUser({ schoolId: hanbit });
    const reader = await createUser({ schoolId: hanbit });
    const post = await writePost(writer, board.id, { title: `닫힐 글 ${tag()}` });
    await api("PUT", `/api/v1/boards/${board.id}/favorite`, { token: reader.token });
    const admin = await createUser({ schoolId: hanbit, isAdmin: true });

    expect((await api("DELETE", `/api/v1/boards/${board.id}`, { token: maker.token })).status).toBe(
      403,
    );
    expect(
      (await api("DELETE", `/api/v1/boards/${fixed.free}`, { token: admin.token })).status,
    ).toBe(403);
    const closed = await api("DELETE", `/api/v1/boards/${board.id}`, { token: admin.token });
    expect(closed.status, closed.text).toBe(204);

    expect((await api("GET", `/api/v1/boards/${board.id}`, { token: reader.token })).status).toBe(
      404,
    );
    expect(
      (await api("GET", `/api/v1/boards/${board.id}/posts`, { token: reader.token })).status,
    ).toBe(404);
    expect((await allBoards(reader)).some((b) => b.id === board.id)).toBe(false);
    const search = await api("GET", `/api/v1/posts?q=${encodeURIComponent(post.title)}`, {
      token: reader.token,
    });
    expect(search.body.items).toEqual([]);
    expect((await api("GET", `/api/v1/posts/${post.id}`, { token: reader.token })).status).toBe(
      404,
    );
    const write = await api("POST", `/api/v1/boards/${board.id}/posts`, {
      token: writer.token,
      body: { title: "닫힌 뒤", content: "내용" },
    });
    expect(write.status).toBe(404);

    const mine = await api("GET", `/api/v1/posts/${post.id}`, { token: writer.token });
    expect(mine.status).toBe(200);
    expect(mine.body.title).toBe(post.title);
    const myPosts = await api("GET", "/api/v1/me/posts", { token: writer.token });
    expect(myPosts.body.items.map((p: any) => p.id)).toContain(post.id);
    // The star can still be taken off.
    expect(
      (await api("DELETE", `/api/v1/boards/${board.id}/favorite`, { token: reader.token })).body,
    ).toEqual({ favorite: false });
    expect(
      (await api("PUT", `/api/v1/boards/${board.id}/favorite`, { token: reader.token })).status,
    ).toBe(404);
  });
});
