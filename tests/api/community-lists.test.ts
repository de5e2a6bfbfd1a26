import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { boardsOf, collectAll, createBoard, uniqueTitle, writePost } from "../support/community";

// Lists: keyset pagination, search filters, HOT, BEST seasons, 내가 쓴 글.

let hanbit: number;
let saesol: number;
let boards: Awaited<ReturnType<typeof boardsOf>>;
let viewer: TestUser;
let outsider: TestUser;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  boards = await boardsOf(hanbit);
  [viewer, outsider] = await Promise.all([
    createUser({ schoolId: hanbit }),
    createUser({ schoolId: saesol }),
  ]);
});

/** Posts straight into the database (a fixture past the write rate limit), oldest first. */
async function insertPosts(
  boardId: number,
  authorId: number,
  count: number,
  fields: (i: number) => Record<string, unknown> = () => ({}),
) {
  const base = Date.now() - count * 1000;
  for (let i = 0; i < count; i++) {
    await testDb().post.create({
      data: {
        boardId,
        schoolId: hanbit,
        authorId,
        title: `자동 글 ${i}`,
        content: `내용 ${i}`,
        createdAt: new Date(base + i * 1000),
        updatedAt: new Date(base + i * 1000),
        ...fields(i),
      },
    });
  }
  const rows = await testDb().post.findMany({
    where: { boardId },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

describe("pagination", () => {
  let board: number;
  let expected: number[];
  beforeAll(async () => {
    board = await createBoard(hanbit);
    expected = await insertPosts(board, viewer.id, 45);
  });

  it("defaults to 20, newest first, with a nextCursor", async () => {
    const res = await api("GET", `/api/v1/boards/${board}/posts`, { token: viewer.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["items", "nextCursor"]);
    expect(res.body.items.map((i: { id: number }) => i.id)).toEqual(expected.slice(0, 20));
    expect(typeof res.body.nextCursor).toBe("string");
    const item = res.body.items[0];
    expect(Object.keys(item).sort()).toEqual(
      [
        "author",
        "board",
        "commentCount",
        "createdAt",
        "excerpt",
        "hasPhoto",
        "id",
        "isAnonymous",
        "likeCount",
        "scrapCount",
        "title",
      ].sort(),
    );
  });

  it.each([1, 7, 20, 100])("walks every post once, in order, with limit=%i", async (limit) => {
    const { ids, pages } = await collectAll(`/api/v1/boards/${board}/posts`, viewer.token, limit);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(45 / limit));
  });

  it("keeps its place when new posts arrive between pages", async () => {
    const first = await api("GET", `/api/v1/boards/${board}/posts?limit=10`, {
      token: viewer.token,
    });
    const newer = await createBoard(hanbit); // unrelated board, then a new post on ours
    void newer;
    await insertPosts(board, viewer.id, 1);
    const second = await api(
      "GET",
      `/api/v1/boards/${board}/posts?limit=10&cursor=${first.body.nextCursor}`,
      { token: viewer.token },
    );
    expect(second.body.items.map((i: { id: number }) => i.id)).toEqual(expected.slice(10, 20));
  });

  it("refuses limit 0 or 101 and a bad cursor with 400", async () => {
    const huge = Buffer.from(JSON.stringify({ id: 99999999999 })).toString("base64url");
    for (const q of ["limit=0", "limit=101", "limit=abc", "cursor=garbage", `cursor=${huge}`]) {
      const res = await api("GET", `/api/v1/boards/${board}/posts?${q}`, { token: viewer.token });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    expect(
      (await api("GET", `/api/v1/boards/${board}/posts?limit=0`, { token: viewer.token })).body
        .error.fields.limit,
    ).toBeDefined();
    expect((await api("GET", "/api/v1/posts/hot?limit=101", { token: viewer.token })).status).toBe(
      400,
    );
    expect((await api("GET", "/api/v1/me/posts?limit=0", { token: viewer.token })).status).toBe(
      400,
    );
  });
});

describe("search filters", () => {
  let board: number;
  let writer: TestUser;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    board = await createBoard(hanbit);
    writer = await createUser({ schoolId: hanbit });
    const other = await createUser({ schoolId: hanbit });
    ids.exam = (
      await writePost(writer, board, { title: "중간고사 족보 구해요", content: "전공 시험" })
    ).id;
    ids.food = (
      await writePost(writer, board, {
        title: "학식 메뉴 추천",
        content: "오늘 중간고사 끝나고 뭐 먹지",
      })
    ).id;
    ids.hello = (
      await writePost(writer, board, { title: "Hello Campus", content: "100% 진심" })
    ).id;
    ids.other = (
      await writePost(other, board, {
        title: "중간고사 망함",
        content: "ㅠㅠ 1000점 만점 snakeXcase",
      })
    ).id;
    ids.snake = (
      await writePost(other, board, { title: "snake_case 질문", content: "변수 이름" })
    ).id;
  });
  const find = async (q: string) => {
    const res = await api("GET", `/api/v1/boards/${board}/posts?${q}`, { token: viewer.token });
    expect(res.status, `${q}: ${res.text}`).toBe(200);
    return res.body.items.map((i: { id: number }) => i.id);
  };

  it("title contains", async () => {
    expect(await find(`title=${encodeURIComponent("중간고사")}`)).toEqual([ids.other, ids.exam]);
    expect(await find(`title=${encodeURIComponent("SNAKE")}`)).toEqual([ids.snake]);
  });

  it("titleStartsWith", async () => {
    expect(await find(`titleStartsWith=${encodeURIComponent("학식")}`)).toEqual([ids.food]);
    expect(await find(`titleStartsWith=${encodeURIComponent("메뉴")}`)).toEqual([]);
  });

  it("q matches title or content", async () => {
    expect(await find(`q=${encodeURIComponent("중간고사")}`)).toEqual([
      ids.other,
      ids.food,
      ids.exam,
    ]);
  });

  it("author", async () => {
    expect(await find(`author=${writer.id}`)).toEqual([ids.hello, ids.food, ids.exam]);
  });

  it("combines filters", async () => {
    expect(await find(`q=${encodeURIComponent("중간고사")}&author=${writer.id}`)).toEqual([
      ids.food,
      ids.exam,
    ]);
  });

  it("ignores the case of Latin letters and treats % literally", async () => {
    expect(await find("title=hello")).toEqual([ids.hello]);
    expect(await find("q=HELLO")).toEqual([ids.hello]);
    expect(await find(`q=${encodeURIComponent("100%")}`)).toEqual([ids.hello]);
    expect(await find(`q=${encodeURIComponent("e_c")}`)).toEqual([ids.snake]);
    expect(await find(`title=${encodeURIComponent("%")}${encodeURIComponent("%")}`)).toEqual([]);
  });

  it("needs at least 2 characters", async () => {
    for (const q of ["q=a", "title=가", "titleStartsWith=x", `q=${encodeURIComponent(" 가 ")}`]) {
      const res = await api("GET", `/api/v1/boards/${board}/posts?${q}`, { token: viewer.token });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    const res = await api("GET", `/api/v1/posts?q=a`, { token: viewer.token });
    expect(res.body.error.fields.q).toBeDefined();
    expect(
      (await api("GET", `/api/v1/boards/${board}/posts?author=abc`, { token: viewer.token }))
        .status,
    ).toBe(400);
  });

  it("GET /api/v1/posts searches the whole school, or one board with `board`", async () => {
    const school = await api("GET", `/api/v1/posts?q=${encodeURIComponent("중간고사 족보")}`, {
      token: viewer.token,
    });
    expect(school.body.items.map((i: { id: number }) => i.id)).toContain(ids.exam);
    const one = await api("GET", `/api/v1/posts?board=${board}`, { token: viewer.token });
    expect(one.body.items.map((i: { id: number }) => i.id)).toEqual([
      ids.snake,
      ids.other,
      ids.hello,
      ids.food,
      ids.exam,
    ]);
    expect(
      (await api("GET", `/api/v1/posts?board=${board}`, { token: outsider.token })).status,
    ).toBe(404);
    const theirs = await api("GET", `/api/v1/posts?q=${encodeURIComponent("중간고사 족보")}`, {
      token: outsider.token,
    });
    expect(theirs.body.items.map((i: { id: number }) => i.id)).not.toContain(ids.exam);
  });
});

describe("HOT", () => {
  it("holds posts with ≥ 10 공감, newest first; not 9; not another school's; not deleted", async () => {
    const writer = await createUser({ schoolId: hanbit });
    const likers = await Promise.all(
      Array.from({ length: 10 }, () => createUser({ schoolId: hanbit })),
    );
    const hot = await writePost(writer, boards.free, { title: uniqueTitle("HOT 후보") });
    const almost = await writePost(writer, boards.free, { title: uniqueTitle("9개") });
    await Promise.all(
      likers.map((u) => api("PUT", `/api/v1/posts/${hot.id}/like`, { token: u.token })),
    );
    await Promise.all(
      likers
        .slice(0, 9)
        .map((u) => api("PUT", `/api/v1/posts/${almost.id}/like`, { token: u.token })),
    );

    const res = await api("GET", "/api/v1/posts/hot?limit=100", { token: viewer.token });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((i: { id: number }) => i.id);
    expect(ids).toContain(hot.id);
    expect(ids).not.toContain(almost.id);
    expect([...ids].sort((a: number, b: number) => b - a)).toEqual(ids);
    for (const item of res.body.items) expect(item.likeCount).toBeGreaterThanOrEqual(10);
    expect(res.body.items.find((i: { id: number }) => i.id === hot.id).likeCount).toBe(10);

    const theirs = await api("GET", "/api/v1/posts/hot?limit=100", { token: outsider.token });
    expect(theirs.status).toBe(200);
    expect(theirs.body.items.map((i: { id: number }) => i.id)).not.toContain(hot.id);

    await api("DELETE", `/api/v1/posts/${hot.id}`, { token: writer.token });
    const after = await api("GET", "/api/v1/posts/hot?limit=100", { token: viewer.token });
    expect(after.body.items.map((i: { id: number }) => i.id)).not.toContain(hot.id);
  });
});

describe("BEST", () => {
  let posts: Record<string, number>;
  beforeAll(async () => {
    const board = await createBoard(hanbit);
    const writer = await createUser({ schoolId: hanbit });
    const now = Date.now();
    // likeCount is what BEST ranks by; the fixture sets it directly (100+ users would add nothing).
    const make = async (name: string, likeCount: number, createdAt = new Date(now - 60_000)) =>
      (
        await testDb().post.create({
          data: {
            boardId: board,
            schoolId: hanbit,
            authorId: writer.id,
            title: `BEST ${name}`,
            content: "x",
            likeCount,
            createdAt,
            updatedAt: createdAt,
          },
          select: { id: true },
        })
      ).id;
    posts = {
      top: await make("top", 150),
      tieOld: await make("tieOld", 120),
      tieNew: await make("tieNew", 120),
      below: await make("below", 99),
      lastSeason: await make("lastSeason", 300, new Date("2026-03-15T12:00:00+09:00")),
      h1Edge: await make("h1Edge", 100, new Date("2026-06-30T23:59:00+09:00")),
      h2Edge: await make("h2Edge", 100, new Date("2026-07-01T00:00:00+09:00")),
    };
  });

  const mine = (items: { id: number }[]) =>
    items.map((i) => i.id).filter((id) => Object.values(posts).includes(id));

  it("ranks ≥ 100 공감 of the current season by count, ties newest first", async () => {
    const res = await api("GET", "/api/v1/posts/best?limit=100", { token: viewer.token });
    expect(res.status).toBe(200);
    expect(mine(res.body.items)).toEqual([posts.top, posts.tieNew, posts.tieOld, posts.h2Edge]);
    const counts = res.body.items.map((i: { likeCount: number }) => i.likeCount);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const explicit = await api("GET", "/api/v1/posts/best?season=2026-H2&limit=100", {
      token: viewer.token,
    });
    expect(mine(explicit.body.items)).toEqual(mine(res.body.items));
  });

  it("pages with a (count, id) cursor without gaps or repeats", async () => {
    const all = await api("GET", "/api/v1/posts/best?limit=100", { token: viewer.token });
    const { ids } = await collectAll("/api/v1/posts/best?season=2026-H2", viewer.token, 1);
    expect(ids).toEqual(all.body.items.map((i: { id: number }) => i.id));
  });

  it("takes another season, split in Korean time (Jan–Jun / Jul–Dec)", async () => {
    const res = await api("GET", "/api/v1/posts/best?season=2026-H1", { token: viewer.token });
    expect(res.status).toBe(200);
    expect(mine(res.body.items)).toEqual([posts.lastSeason, posts.h1Edge]);
  });

  it("refuses a malformed season with 400", async () => {
    for (const s of ["2026-H3", "2026", "abc", "2026-h1"]) {
      const res = await api("GET", `/api/v1/posts/best?season=${s}`, { token: viewer.token });
      expect(res.status, s).toBe(400);
      expect(res.body.error.fields.season).toBeDefined();
    }
  });

  it("is the caller's school's only", async () => {
    const res = await api("GET", "/api/v1/posts/best?limit=100", { token: outsider.token });
    expect(mine(res.body.items)).toEqual([]);
  });
});

describe("내가 쓴 글", () => {
  it("lists the caller's posts on every board, newest first, and nobody else's", async () => {
    const me = await createUser({ schoolId: hanbit });
    const a = await writePost(me, boards.free);
    const b = await writePost(me, boards.secret);
    const c = await writePost(me, boards.info, { isAnonymous: true });
    await writePost(viewer, boards.market);
    const res = await api("GET", "/api/v1/me/posts", { token: me.token });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: number }) => i.id)).toEqual([c.id, b.id, a.id]);
    expect(res.body.nextCursor).toBeNull();
    expect((await api("GET", "/api/v1/me/posts")).status).toBe(401);
  });
});
