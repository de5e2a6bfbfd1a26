import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, testDb, type TestUser } from "../support/api";
import { boardsOf, writePost } from "../support/community";
import { checkContract } from "../support/contract";
import { discoverRoutes, KNOWN_METHODS, type Method, type Route } from "../support/api-routes";

// issue 9 "Tests the project must keep": every /api/v1 route, found from app/api/v1/**/route.ts
// (a new route is fuzzed without touching this file), gets a corpus of hostile input, with a valid
// Bearer token and without one. Nothing may answer 5xx; an API answer is always JSON; a JSON body
// over 64 KB is 413 and a non-JSON body where JSON is read is 415. Every answer is also held against
// the OpenAPI document (tests/support/contract.ts): hostile input gets documented answers only.

// Ids of every shape: past 2³¹−1, past 2⁵³, signs, fractions, exponents, bad UTF-8, NUL, long.
const RAW_IDS = [
  "2147483648",
  "2147483647",
  "9007199254740993",
  "-1",
  "0",
  "1.5",
  "1e3",
  "%C3%28",
  "%00",
  "%FF%FE",
  "%2e%2e",
  "0x1F",
  "%EF%BC%91", // full-width 1
  "1".repeat(400),
  "a".repeat(300),
  "null",
  "%20%201",
];
const JSON_IDS: unknown[] = [
  2 ** 31,
  2 ** 31 - 1,
  2 ** 53 + 1,
  -1,
  0,
  1.5,
  1e308,
  "1",
  "9".repeat(400),
];
const HUGE = "가".repeat(9_000); // ~27 KB of UTF-8: under the body limit, over every field limit
const CONTROL = "a\u0000b\u0001c\u001bd\u007fe";
const STRINGS: unknown[] = [
  CONTROL,
  "\u0000",
  HUGE,
  "",
  "%_%",
  "\ud800",
  12,
  true,
  null,
  [],
  { a: 1 },
];
const SEARCH_TERMS = [
  "%%",
  "__",
  "%_%",
  "\\%",
  "a%_",
  "\u0000\u0000",
  CONTROL,
  "가".repeat(300),
  "'[a-z]*",
];
const ID_QUERY_KEYS = ["author", "board", "domainId", "parentId", "lectureId"];
const SEARCH_KEYS = ["title", "titleStartsWith", "content", "q"];
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
const CURSORS = [
  b64({ id: 2 ** 31 }),
  b64({ id: 2 ** 53 + 1 }),
  b64({ id: -1 }),
  b64({ likeCount: 2 ** 40, id: 1 }),
  b64({ n: "\u0000", c: "\u0000", id: 1 }),
  b64({ n: "a".repeat(10_000), c: "", id: 2 ** 31 }),
  "%C3%28",
  "a".repeat(600),
];
const LIMITS = ["0", "101", "1.5", "2147483648", "%00"];
/** The shapes sent in query strings (a subset of RAW_IDS: the rest test path parsing). */
const QUERY_IDS = ["2147483648", "9007199254740993", "-1", "0", "1.5", "1e3", "%C3%28", "%00"];

// A valid-looking body per route and method, so a bad value in one field gets past the others.
const BODIES: Record<string, Record<string, unknown>> = {
  "POST /api/v1/auth/signup": {
    email: "fuzz@test.example",
    password: "password-1234",
    nickname: "퍼즈",
    schoolId: 1,
  },
  "POST /api/v1/auth/token": { email: "fuzz@test.example", password: "password-1234" },
  "POST /api/v1/boards/[id]/posts": {
    title: "제목",
    content: "내용",
    isAnonymous: false,
    photoIds: [],
  },
  "PATCH /api/v1/posts/[id]": { title: "제목", content: "내용" },
  "POST /api/v1/boards": { name: "퍼즈게시판", description: "소개", anonymousOnly: false },
  "PATCH /api/v1/boards/[id]": { description: "소개", manager: { nickname: "퍼즈" } },
  "POST /api/v1/books": {
    title: "책",
    author: "저자",
    publisher: "출판사",
    isbn: "9780306406157",
    lectureId: 1,
    price: 1000,
    condition: "GOOD",
    note: "설명",
    photoIds: [],
  },
  "PATCH /api/v1/books/[id]": { price: 1000, note: "설명", status: "SOLD" },
  "POST /api/v1/posts/[id]/comments": { content: "댓글", isAnonymous: false, parentId: null },
  "POST /api/v1/friends/requests": { nickname: "친구" },
  "POST /api/v1/lectures/[id]/reviews": {
    rating: 5,
    content: "아주 좋은 강의였습니다. 추천합니다. 정말로요.",
    semester: "2026-1",
    assignment: "NONE",
    teamProject: "NONE",
    grading: "FAIR",
    attendance: "NONE",
    examCount: 2,
  },
  "PATCH /api/v1/me": {
    nickname: "새닉네임",
    currentPassword: "password-1234",
    newPassword: "password-5678",
  },
  "POST /api/v1/timetables": { name: "시간표", semester: "2026-1" },
  "PATCH /api/v1/timetables/[id]": { name: "이름", isPrimary: true, visibility: "PUBLIC" },
  "POST /api/v1/timetables/[id]/lectures": { lectureId: 1 },
};
/** Writes that need no login: the whole corpus is sent to them anonymously too. */
const PUBLIC_WRITES = new Set(["POST /api/v1/auth/signup", "POST /api/v1/auth/token"]);
/** Routes whose body is not JSON (they read it themselves). */
const NON_JSON = new Set(["POST /api/v1/uploads", "POST /api/v1/me/verification/document"]);

type Probe = {
  method: string;
  path: string;
  token?: string;
  body?: string | Uint8Array;
  contentType?: string;
  expect?: number[];
  note: string;
};

let user: TestUser;
let validIds: Record<string, string>;
const routes = discoverRoutes();

beforeAll(async () => {
  user = await createUser();
  const db = testDb();
  const boards = await boardsOf(user.schoolId);
  const post = await writePost(user, boards.free);
  const lecture = await db.lecture.findFirst({
    where: { schoolId: user.schoolId },
    select: { id: true },
  });
  const domain = await db.lectureDomain.findFirst({
    where: { schoolId: user.schoolId },
    select: { id: true },
  });
  const other = await createUser({ schoolId: user.schoolId });
  const book = await api("POST", "/api/v1/books", {
    token: user.token,
    body: { title: "퍼즈 책", price: 1000, condition: "GOOD" },
  });
  const timetable = await api("POST", "/api/v1/timetables", {
    token: user.token,
    body: { name: "퍼즈 시간표", semester: "2026-1" },
  });
  validIds = {
    boards: String(boards.free),
    books: String(book.body?.id ?? 1),
    posts: String(post.id),
    comments: "1",
    lectures: String(lecture?.id ?? 1),
    "lecture-domains": String(domain?.id ?? 1),
    timetables: String(timetable.body?.id ?? 1),
    uploads: "1",
    friends: String(other.id),
    requests: "1",
  };
});

/** The path with each dynamic segment filled: `override` for one of them, a real id for the rest. */
function fill(route: Route, override?: { index: number; value: string }) {
  return (
    "/api/v1/" +
    route.segments
      .map((s, i) => {
        if (!/^\[.+\]$/.test(s)) return s;
        if (override && override.index === i) return override.value;
        return validIds[route.segments[i - 1]] ?? "1";
      })
      .join("/")
  ).replace(/\/$/, ""); // the index route, GET /api/v1, has no segments (no trailing slash: Next redirects it)
}

/**
 * The probes for one route and method. Without a token, a route that needs a login stops at 401
 * before reading anything, so only the shapes that are handled before that (path ids, body size,
 * malformed bodies) are sent; with a token, the whole corpus.
 */
function probesFor(route: Route, method: Method, token: string | undefined): Probe[] {
  const probes: Probe[] = [];
  const full = token !== undefined;
  const key = `${method} ${route.pattern.replace(/\/$/, "")}`;
  const base = BODIES[key];
  const path = fill(route);
  const dynamic = route.segments.map((s, i) => (/^\[.+\]$/.test(s) ? i : -1)).filter((i) => i >= 0);
  // ids of every shape in every path segment
  for (const index of dynamic)
    for (const value of RAW_IDS)
      probes.push({
        method,
        path: fill(route, { index, value }),
        token,
        note: `path id ${value.slice(0, 20)}`,
      });
  // A catch-all route answers before reading anything: the path shapes are enough.
  if (route.segments.some((s) => s.startsWith("[..."))) return probes;
  if (method === "GET") {
    if (!full) return probes;
    // Each bad value in every filter of its kind at once: zod checks every key, and a value that
    // passes (a wildcard term, the largest id) reaches the query with all filters combined.
    const query = (keys: string[], v: string) => keys.map((k) => `${k}=${v}`).join("&");
    for (const v of QUERY_IDS)
      probes.push({
        method,
        path: `${path}?${query(ID_QUERY_KEYS, v)}`,
        token,
        note: `id filters ${v}`,
      });
    for (const t of SEARCH_TERMS)
      probes.push({
        method,
        path: `${path}?${query(SEARCH_KEYS, encodeURIComponent(t))}`,
        token,
        note: `search ${t.slice(0, 10)}`,
      });
    for (const c of CURSORS)
      probes.push({ method, path: `${path}?cursor=${c}`, token, note: `cursor ${c.slice(0, 20)}` });
    for (const l of LIMITS)
      probes.push({ method, path: `${path}?limit=${l}`, token, note: `limit ${l}` });
    for (const s of ["2026-H3", "%00", "9999999999-1", "2026-1%00"])
      probes.push({
        method,
        path: `${path}?season=${s}&semester=${s}`,
        token,
        note: `season ${s}`,
      });
    // Every filter at once, with wildcards and control characters.
    probes.push({
      method,
      path: `${path}?${SEARCH_KEYS.map((k) => `${k}=%25_%25`).join("&")}&author=2147483648`,
      token,
      note: "all filters",
    });
    probes.push({
      method,
      path: `${path}?q=a&q=%00&limit=1&limit=2`,
      token,
      note: "repeated keys",
    });
    return probes;
  }
  if (NON_JSON.has(key)) {
    probes.push({
      method,
      path,
      token,
      body: "x".repeat(70 * 1024),
      contentType: "application/json",
      note: "json to upload",
    });
    probes.push({
      method,
      path,
      token,
      body: "--x\r\n\r\n",
      contentType: "multipart/form-data; boundary=x",
      note: "broken multipart",
    });
    return probes;
  }
  const json = (v: unknown) => JSON.stringify(v);
  // oversized: 413 for every JSON route, logged in or not
  probes.push({
    method,
    path,
    token,
    body: json({ ...base, content: "x".repeat(70 * 1024) }),
    contentType: "application/json",
    expect: [413],
    note: "oversized",
  });
  // malformed and wrong shapes
  for (const raw of [
    "{",
    "[]",
    "null",
    '"str"',
    "123",
    '{"a":',
    "\u0000",
    '{"title":"\\u0000"}',
    json([base]),
  ]) {
    probes.push({
      method,
      path,
      token,
      body: raw,
      contentType: "application/json",
      note: `malformed ${raw.slice(0, 10)}`,
    });
  }
  probes.push({
    method,
    path,
    token,
    body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    contentType: "application/json",
    note: "invalid UTF-8 body",
  });
  if (!full && !PUBLIC_WRITES.has(key)) return probes;
  // wrong content types: a JSON-reading route must refuse them (415) when it gets as far as reading
  for (const type of [
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/xml",
  ]) {
    const expectStatus = base && token ? [415] : undefined;
    probes.push({
      method,
      path,
      token,
      body: json(base ?? { a: 1 }),
      contentType: type,
      expect: expectStatus,
      note: `type ${type}`,
    });
  }
  // every field of the body: every bad string and every bad id shape
  const fields = Object.keys(base ?? { title: 1, content: 1, nickname: 1, name: 1, id: 1 });
  for (const field of fields) {
    for (const v of [...STRINGS, ...JSON_IDS]) {
      probes.push({
        method,
        path,
        token,
        body: json({ ...base, [field]: v }),
        contentType: "application/json",
        note: `field ${field}=${JSON.stringify(v).slice(0, 20)}`,
      });
    }
  }
  if (base && "photoIds" in base) {
    for (const ids of [
      [2 ** 31],
      [2 ** 53 + 1],
      [-1],
      Array(21).fill(1),
      Array(5000).fill(1),
      ["1"],
    ]) {
      probes.push({
        method,
        path,
        token,
        body: json({ ...base, photoIds: ids }),
        contentType: "application/json",
        note: `photoIds ${JSON.stringify(ids).slice(0, 20)}`,
      });
    }
  }
  return probes;
}

async function send(p: Probe) {
  const headers: Record<string, string> = {};
  if (p.token) headers.authorization = `Bearer ${p.token}`;
  if (p.contentType) headers["content-type"] = p.contentType;
  const url = `${baseUrl()}${p.path}`;
  const res = await fetch(url, {
    method: p.method,
    headers,
    body: p.body as BodyInit | undefined,
    redirect: "manual",
  });
  const text = await res.text();
  let contract: string | undefined;
  try {
    checkContract({ method: p.method, url, status: res.status, headers: res.headers, text });
  } catch (e) {
    contract = (e as Error).message;
  }
  return { status: res.status, type: res.headers.get("content-type") ?? "", text, contract };
}

/** Runs probes a few at a time (bounded: the suite runs in CI on two databases). */
async function runAll(probes: Probe[]) {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < probes.length) {
      const p = probes[next++];
      const res = await send(p);
      const where = `${p.method} ${p.path.slice(0, 120)} [${p.token ? "token" : "anonymous"}] ${p.note}`;
      if (res.status >= 500) failures.push(`${where} → ${res.status} ${res.text.slice(0, 200)}`);
      else if (p.expect && !p.expect.includes(res.status))
        failures.push(
          `${where} → ${res.status}, expected ${p.expect.join("/")}: ${res.text.slice(0, 200)}`,
        );
      // Node's own refusals (431 for a request line over 16 KB) and Next's 405 for a method a
      // route does not export come without a body; everything the app answers is JSON.
      else if (
        res.status >= 400 &&
        !/application\/json/.test(res.type) &&
        !([405, 431].includes(res.status) && res.text === "")
      ) {
        failures.push(
          `${where} → ${res.status} is not JSON (${res.type}): ${res.text.slice(0, 100)}`,
        );
      } else if (res.contract && !(res.status === 431 && res.text === ""))
        failures.push(`${where}: ${res.contract.slice(0, 300)}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return failures;
}

describe("fuzz: every /api/v1 route and method", () => {
  it("finds the routes (and knows every method they export)", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.every((r) => r.methods.length > 0)).toBe(true);
  });

  for (const route of routes) {
    for (const method of route.methods) {
      it(`${method} ${route.pattern}`, { timeout: 120_000 }, async () => {
        const probes = [
          ...probesFor(route, method, user.token),
          ...probesFor(route, method, undefined),
        ];
        const failures = await runAll(probes);
        expect(failures, failures.slice(0, 20).join("\n")).toEqual([]);
      });
    }
  }

  it("a method no route has answers 405, never 500", async () => {
    for (const route of routes.slice(0, 10)) {
      const missing = KNOWN_METHODS.find((m) => !route.methods.includes(m))!;
      if (!missing) continue;
      const res = await api(missing, fill(route), { token: user.token });
      expect(res.status, `${missing} ${route.pattern}`).toBe(405);
    }
  });
});
