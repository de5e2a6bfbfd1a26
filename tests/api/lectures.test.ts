import { beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import {
  allLectures,
  domainIdByPath,
  lectureIdByCode,
  makeLecture,
  SEED_FIXTURES,
  SEMESTER,
} from "./lectures-fixtures";

let hanbit: TestUser;
let saesol: TestUser;
let hanbitId: number;
let saesolId: number;

beforeAll(async () => {
  [hanbitId, saesolId] = await firstSchoolIds();
  hanbit = await createUser({ schoolId: hanbitId });
  saesol = await createUser({ schoolId: saesolId });
});

describe("GET /api/v1/lecture-domains", () => {
  it("needs a signed-in user", async () => {
    const res = await api("GET", "/api/v1/lecture-domains");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("lists the top level in order, each with hasChildren", async () => {
    const res = await api("GET", "/api/v1/lecture-domains", { token: hanbit.token });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["items"]);
    expect(res.body.items.map((i: any) => i.name)).toEqual(["전공", "교양"]);
    for (const item of res.body.items) {
      expect(Object.keys(item).sort()).toEqual(["hasChildren", "id", "name"]);
      expect(item.hasChildren).toBe(true);
    }
  });

  it("drills down one level at a time; leaves have no children", async () => {
    const [general] = (
      await api("GET", "/api/v1/lecture-domains", { token: hanbit.token })
    ).body.items.filter((i: any) => i.name === "교양");
    const level2 = await api("GET", `/api/v1/lecture-domains?parentId=${general.id}`, {
      token: hanbit.token,
    });
    expect(level2.status).toBe(200);
    const names = level2.body.items.map((i: any) => i.name);
    expect(names.slice(0, 3)).toEqual(["일반교양", "핵심교양", "기초교양"]);
    const teaching = level2.body.items.find((i: any) => i.name === "교직");
    expect(teaching.hasChildren).toBe(false);
    const leaf = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath);
    const leafChildren = await api("GET", `/api/v1/lecture-domains?parentId=${leaf}`, {
      token: hanbit.token,
    });
    expect(leafChildren.status).toBe(200);
    expect(leafChildren.body.items).toEqual([]);
    const parent = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath.slice(0, 3));
    const siblings = await api("GET", `/api/v1/lecture-domains?parentId=${parent}`, {
      token: hanbit.token,
    });
    expect(siblings.body.items).toEqual([
      { id: leaf, name: "인문계열", hasChildren: false },
      { id: expect.any(Number), name: "사회계열", hasChildren: false },
      { id: expect.any(Number), name: "자연계열", hasChildren: false },
    ]);
  });

  it("answers 404 for another school's or an unknown parent, 400 for a malformed one", async () => {
    const saesolLeaf = await domainIdByPath(saesol.token, SEED_FIXTURES.domainPath.slice(0, 2));
    expect(
      (await api("GET", `/api/v1/lecture-domains?parentId=${saesolLeaf}`, { token: hanbit.token }))
        .status,
    ).toBe(404);
    expect(
      (await api("GET", `/api/v1/lecture-domains?parentId=999999999`, { token: hanbit.token }))
        .status,
    ).toBe(404);
    const bad = await api("GET", `/api/v1/lecture-domains?parentId=abc`, { token: hanbit.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
  });
});

describe("GET /api/v1/lecture-domains/:id", () => {
  it("answers the node with its path from the top down", async () => {
    const leaf = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath);
    const res = await api("GET", `/api/v1/lecture-domains/${leaf}`, { token: hanbit.token });
    expect(res.status).toBe(200);
    expect(res.body.id).toBe(leaf);
    expect(res.body.name).toBe("인문계열");
    expect(res.body.path.map((p: any) => p.name)).toEqual([...SEED_FIXTURES.domainPath]);
    expect(res.body.path[res.body.path.length - 1].id).toBe(leaf);
    for (const step of res.body.path) expect(Object.keys(step).sort()).toEqual(["id", "name"]);
  });

  it("answers 404 for another school's node and for a non-numeric id", async () => {
    const saesolNode = await domainIdByPath(saesol.token, ["교양"]);
    expect(
      (await api("GET", `/api/v1/lecture-domains/${saesolNode}`, { token: hanbit.token })).status,
    ).toBe(404);
    expect((await api("GET", `/api/v1/lecture-domains/abc`, { token: hanbit.token })).status).toBe(
      404,
    );
  });
});

describe("GET /api/v1/lectures", () => {
  it("answers the SPEC's item shape", async () => {
    const res = await api(
      "GET",
      `/api/v1/lectures?semester=${SEMESTER}&q=${encodeURIComponent(SEED_FIXTURES.lectures.touchFirst.code)}`,
      { token: hanbit.token },
    );
    expect(res.status).toBe(200);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items).toHaveLength(1);
    const leaf = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath);
    expect(res.body.items[0]).toEqual({
      id: expect.any(Number),
      code: "GEH1010-01",
      name: "서양철학의이해",
      professor: expect.any(String),
      credits: expect.any(Number),
      semester: SEMESTER,
      domain: { id: leaf, name: "인문계열" },
      times: [
        { day: "MON", start: "10:30", end: "11:45", room: "인문관 301" },
        { day: "WED", start: "10:30", end: "11:45", room: "인문관 301" },
      ],
      rating: { average: null, count: 0 },
      booksOnSale: 0, // 책방: no listing is for this fixture lecture
    });
  });

  it("includes every sub-domain of the chosen node (one level or three levels up)", async () => {
    const leaf = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath);
    const leafCodes = (
      await allLectures(hanbit.token, { semester: SEMESTER, domainId: String(leaf) })
    )
      .map((l) => l.code)
      .sort();
    expect(leafCodes).toEqual([...SEED_FIXTURES.domainLectureCodes].sort());

    const level3 = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath.slice(0, 3));
    const level3Items = await allLectures(hanbit.token, {
      semester: SEMESTER,
      domainId: String(level3),
    });
    expect(level3Items.length).toBeGreaterThan(leafCodes.length);
    expect(level3Items.map((l) => l.code)).toEqual(expect.arrayContaining(leafCodes));
    expect(new Set(level3Items.map((l) => l.domain.name))).toEqual(
      new Set(["인문계열", "사회계열", "자연계열"]),
    );

    const top = await domainIdByPath(hanbit.token, ["교양"]);
    const topItems = await allLectures(hanbit.token, { semester: SEMESTER, domainId: String(top) });
    expect(topItems.length).toBeGreaterThan(level3Items.length);
    expect(topItems.map((l) => l.code)).toEqual(
      expect.arrayContaining(level3Items.map((l) => l.code)),
    );
    // Nothing of 전공 under 교양.
    const major = await allLectures(hanbit.token, {
      semester: SEMESTER,
      domainId: String(await domainIdByPath(hanbit.token, ["전공"])),
    });
    const majorIds = new Set(major.map((l) => l.id));
    expect(topItems.some((l) => majorIds.has(l.id))).toBe(false);
  });

  it("filters by semester and defaults to the current semester", async () => {
    const now = await allLectures(hanbit.token, { semester: SEMESTER });
    const before = await allLectures(hanbit.token, { semester: SEED_FIXTURES.previousSemester });
    expect(now.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    expect(now.every((l) => l.semester === SEMESTER)).toBe(true);
    expect(before.every((l) => l.semester === SEED_FIXTURES.previousSemester)).toBe(true);
    const defaulted = await api("GET", `/api/v1/lectures?limit=5`, { token: hanbit.token });
    expect(defaulted.status).toBe(200);
    expect(defaulted.body.items.every((l: any) => l.semester === SEMESTER)).toBe(true);
  });

  it("searches name, professor and code, in any case", async () => {
    const byName = await allLectures(hanbit.token, { semester: SEMESTER, q: "철학의이해" });
    expect(byName.map((l) => l.code)).toContain("GEH1010-01");
    const byCode = await allLectures(hanbit.token, { semester: SEMESTER, q: "geh1020" });
    expect(byCode.map((l) => l.code)).toEqual(["GEH1020-01"]);
    const professor = byName.find((l) => l.code === "GEH1010-01").professor as string;
    const byProfessor = await allLectures(hanbit.token, { semester: SEMESTER, q: professor });
    expect(byProfessor.length).toBeGreaterThan(0);
    expect(
      byProfessor.every(
        (l) =>
          l.professor.includes(professor) ||
          l.name.includes(professor) ||
          l.code.includes(professor),
      ),
    ).toBe(true);
    expect(byProfessor.map((l) => l.code)).toContain("GEH1010-01");
    const byRoom = await allLectures(hanbit.token, { semester: SEMESTER, q: "인문관 B102" });
    expect(byRoom.map((l) => l.code)).toContain("GEH1030-01");
  });

  it("combines q with domainId", async () => {
    const leaf = await domainIdByPath(hanbit.token, SEED_FIXTURES.domainPath);
    const inLeaf = await allLectures(hanbit.token, {
      semester: SEMESTER,
      domainId: String(leaf),
      q: "문학",
    });
    expect(inLeaf.map((l) => l.code)).toContain("GEH1020-01");
    expect(inLeaf.every((l) => l.domain.id === leaf)).toBe(true);
    const major = await domainIdByPath(hanbit.token, ["전공"]);
    const inMajor = await allLectures(hanbit.token, {
      semester: SEMESTER,
      domainId: String(major),
      q: "GEH1020",
    });
    expect(inMajor).toEqual([]);
  });

  it("refuses a one-character search, a malformed semester and a bad limit with 400", async () => {
    for (const qs of [
      "q=a",
      "semester=2026-3",
      "semester=26-1",
      "limit=0",
      "limit=101",
      "cursor=garbage",
    ]) {
      const res: { status: number; body: any } = await api("GET", `/api/v1/lectures?${qs}`, {
        token: hanbit.token,
      });
      expect(res.status, qs).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
    }
    const q = await api("GET", `/api/v1/lectures?q=a`, { token: hanbit.token });
    expect(q.body.error.fields.q).toBeDefined();
  });

  it("answers 404 for another school's domainId", async () => {
    const saesolNode = await domainIdByPath(saesol.token, ["교양"]);
    expect(
      (await api("GET", `/api/v1/lectures?domainId=${saesolNode}`, { token: hanbit.token })).status,
    ).toBe(404);
  });

  it("shows only the caller's school", async () => {
    const saesolCodeId = await lectureIdByCode(saesolId, "GEH1010-01");
    const items = await allLectures(hanbit.token, { semester: SEMESTER, q: "GEH1010" });
    expect(items).toHaveLength(1);
    expect(items[0].id).not.toBe(saesolCodeId);
  });

  it("pages by name and code with a keyset cursor, no repeats or gaps", async () => {
    const all = await allLectures(hanbit.token, { semester: SEMESTER });
    const paged: any[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const qs: URLSearchParams = new URLSearchParams({
        semester: SEMESTER,
        limit: "37",
        ...(cursor ? { cursor } : {}),
      });
      const res: { status: number; body: any } = await api("GET", `/api/v1/lectures?${qs}`, {
        token: hanbit.token,
      });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(37);
      paged.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages += 1;
    } while (cursor && pages < 100);
    expect(paged.map((l) => l.id)).toEqual(all.map((l) => l.id));
    expect(new Set(paged.map((l) => l.id)).size).toBe(paged.length);
    expect(all.length).toBeGreaterThanOrEqual(150);
  });

  it("aggregates ratings: average to one decimal and count", async () => {
    const lecture = await makeLecture({
      schoolId: hanbitId,
      times: [{ day: "FRI", start: 540, end: 600 }],
    });
    const authors = await Promise.all([1, 2, 3].map(() => createUser({ schoolId: hanbitId })));
    const ratings = [5, 4, 4];
    for (const [i, author] of authors.entries()) {
      await testDb().lectureReview.create({
        data: {
          lectureId: lecture.id,
          authorId: author.id,
          rating: ratings[i],
          content: "평가 내용이 스무 자를 넘도록 길게 적어 봅니다.",
          semester: "2026-1",
        },
      });
    }
    const res = await api("GET", `/api/v1/lectures/${lecture.id}`, { token: hanbit.token });
    expect(res.status).toBe(200);
    expect(res.body.rating).toEqual({ average: 4.3, count: 3 });
    const listed = await allLectures(hanbit.token, { semester: SEMESTER, q: lecture.code });
    expect(listed[0].rating).toEqual({ average: 4.3, count: 3 });
  });
});

describe("GET /api/v1/lectures/:id", () => {
  it("answers one lecture of the caller's school", async () => {
    const id = await lectureIdByCode(hanbitId, "GEH1040-01");
    const res = await api("GET", `/api/v1/lectures/${id}`, { token: hanbit.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, code: "GEH1040-01", times: [] });
  });

  it("answers 404 for another school's lecture and unknown ids", async () => {
    const id = await lectureIdByCode(saesolId, "GEH1040-01");
    const res = await api("GET", `/api/v1/lectures/${id}`, { token: hanbit.token });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
    expect(res.text).not.toContain("GEH1040");
    expect((await api("GET", `/api/v1/lectures/99999999`, { token: hanbit.token })).status).toBe(
      404,
    );
  });
});
