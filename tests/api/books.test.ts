import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { uploadFile } from "../support/community";
import { pngBytes } from "../support/images";

// 책방 (SPEC "책방 (used textbooks)"): listings, their rules, search, the lecture's booksOnSale,
// 쪽지 to the seller and 신고, as an API client sees them on SQLite, PostgreSQL and through nginx.

let hanbit: number;
let saesol: number;
let lectureId: number;
let otherLectureId: number;

beforeAll(async () => {
  [hanbit, saesol] = await firstSchoolIds();
  const db = testDb();
  lectureId = (
    await db.lecture.findFirstOrThrow({ where: { schoolId: hanbit }, select: { id: true } })
  ).id;
  otherLectureId = (
    await db.lecture.findFirstOrThrow({ where: { schoolId: saesol }, select: { id: true } })
  ).id;
});

const tag = () => crypto.randomBytes(3).toString("hex");
const post = (u: TestUser, body: Record<string, unknown>) =>
  api("POST", "/api/v1/books", { token: u.token, body });
async function sell(u: TestUser, extra: Record<string, unknown> = {}) {
  const res = await post(u, {
    title: `자료구조 ${tag()}`,
    price: 12000,
    condition: "GOOD",
    ...extra,
  });
  expect(res.status, res.text).toBe(201);
  return res.body as { id: number; title: string; [k: string]: any };
}
async function walk(u: TestUser, query: string) {
  const ids: number[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res: any = await api(
      "GET",
      `/api/v1/books?limit=100&${query}${cursor ? `&cursor=${cursor}` : ""}`,
      { token: u.token },
    );
    expect(res.status, res.text).toBe(200);
    ids.push(...res.body.items.map((b: any) => b.id));
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

describe("POST /api/v1/books", () => {
  it("lists a book for sale: 판매중, the caller its seller, the ISBN stored as digits", async () => {
    const seller = await createUser({ schoolId: hanbit });
    const title = `알고리즘 개론 ${tag()}`;
    const res = await post(seller, {
      title,
      author: "코멘 외",
      publisher: "한빛출판",
      isbn: "978-0-306-40615-7",
      lectureId,
      price: 15000,
      condition: "LIKE_NEW",
      note: "필기 조금 있어요\n정문 앞 거래",
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      title,
      author: "코멘 외",
      publisher: "한빛출판",
      isbn: "9780306406157",
      lectureId,
      lecture: {
        id: lectureId,
        name: expect.any(String),
        professor: expect.any(String),
        semester: expect.any(String),
      },
      price: 15000,
      condition: "LIKE_NEW",
      status: "ON_SALE",
      note: "필기 조금 있어요\n정문 앞 거래",
      photos: [],
      seller: { nickname: seller.nickname },
      isMine: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const buyer = await createUser({ schoolId: hanbit });
    const seen = await api("GET", `/api/v1/books/${res.body.id}`, { token: buyer.token });
    expect(seen.status).toBe(200);
    expect(seen.body.isMine).toBe(false);
    expect(seen.body.seller).toEqual({ nickname: seller.nickname });
    const outsider = await createUser({ schoolId: saesol });
    expect(
      (await api("GET", `/api/v1/books/${res.body.id}`, { token: outsider.token })).status,
    ).toBe(404);
    // The least a listing needs: a title, a price and a condition.
    const bare = await post(seller, { title: "교양 영어", price: 0, condition: "WORN" });
    expect(bare.status).toBe(201);
    expect(bare.body).toMatchObject({ author: null, publisher: null, isbn: null, lectureId: null });
  });

  it("checks ISBN-10 and ISBN-13 check digits, the price, condition, note, photos and lecture", async () => {
    const u = await createUser({ schoolId: hanbit });
    for (const isbn of ["0-306-40615-2", "080442957X", "0 8044 2957 x", "9780306406157"])
      expect((await post(u, { title: "책", price: 1, condition: "NEW", isbn })).status, isbn).toBe(
        201,
      );
    const bad: Record<string, unknown>[] = [
      { isbn: "0-306-40615-3" },
      { isbn: "9780306406158" },
      { isbn: "12345" },
      { isbn: "97803064061X7" },
      { price: -1 },
      { price: 1_000_001 },
      { price: 1.5 },
      { price: "1000" },
      { condition: "MINT" },
      { note: "가".repeat(1001) },
      { title: "" },
      { title: "가".repeat(101) },
      { title: "제어\u0000문자" },
      { lectureId: otherLectureId },
      { lectureId: 2 ** 31 },
      { photoIds: [1, 2, 3, 4, 5, 6] },
      { photoIds: [2 ** 31 - 1] },
    ];
    for (const b of bad)
      expect(
        (await post(u, { title: "책", price: 1000, condition: "GOOD", ...b })).status,
        JSON.stringify(b).slice(0, 60),
      ).toBe(400);
    expect((await api("POST", "/api/v1/books", { body: { title: "x" } })).status).toBe(401);
  });

  it("attaches the seller's own uploads (metadata-free copies) for schoolmates to see", async () => {
    const seller = await createUser({ schoolId: hanbit });
    const photo = await uploadFile(seller, pngBytes(40, 30), { filename: "book.png" });
    expect(photo.status, photo.text).toBe(201);
    const book = await sell(seller, { photoIds: [photo.body.id] });
    expect(book.photos).toEqual([
      {
        id: photo.body.id,
        url: `/api/v1/uploads/${photo.body.id}`,
        thumbnailUrl: `/api/v1/uploads/${photo.body.id}?size=thumb`,
        width: 40,
        height: 30,
      },
    ]);
    const mate = await createUser({ schoolId: hanbit });
    const served = await fetch(`${baseUrl()}${book.photos[0].url}`, {
      headers: { authorization: `Bearer ${mate.token}` },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toMatch(/^image\//);
    const outsider = await createUser({ schoolId: saesol });
    const hidden = await fetch(`${baseUrl()}${book.photos[0].url}`, {
      headers: { authorization: `Bearer ${outsider.token}` },
    });
    expect(hidden.status).toBe(404);
    // A photo already on a listing cannot go on another, nor on a post.
    expect(
      (await post(seller, { title: "또", price: 1, condition: "GOOD", photoIds: [photo.body.id] }))
        .status,
    ).toBe(400);
  });

  it("is rate limited: 20 listings a day, then 429 with Retry-After", async () => {
    const u = await createUser({ schoolId: hanbit });
    for (let i = 0; i < 20; i++) await sell(u);
    const over = await post(u, { title: "하나 더", price: 1, condition: "GOOD" });
    expect(over.status).toBe(429);
    expect(Number(over.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("PATCH and DELETE /api/v1/books/:id", () => {
  it("only the seller edits (status 판매중 → 예약중 → 판매완료); the seller or an admin deletes", async () => {
    const seller = await createUser({ schoolId: hanbit });
    const book = await sell(seller);
    const other = await createUser({ schoolId: hanbit });
    const admin = await createUser({ schoolId: hanbit, isAdmin: true });
    const patch = (u: TestUser, body: unknown) =>
      api("PATCH", `/api/v1/books/${book.id}`, { token: u.token, body });
    expect((await patch(other, { price: 1 })).status).toBe(403);
    expect((await patch(admin, { price: 1 })).status).toBe(403);
    const reserved = await patch(seller, { status: "RESERVED", price: 9000, note: "예약됐어요" });
    expect(reserved.status, reserved.text).toBe(200);
    expect(reserved.body).toMatchObject({ status: "RESERVED", price: 9000, note: "예약됐어요" });
    expect((await patch(seller, { status: "SOLD" })).body.status).toBe("SOLD");
    for (const body of [{}, { status: "GONE" }, { price: -5 }, { isbn: "123" }])
      expect((await patch(seller, body)).status, JSON.stringify(body)).toBe(400);
    const outsider = await createUser({ schoolId: saesol, isAdmin: true });
    expect((await patch(outsider, { price: 1 })).status).toBe(404);
    expect(
      (await api("DELETE", `/api/v1/books/${book.id}`, { token: outsider.token })).status,
    ).toBe(404);
    expect((await api("DELETE", `/api/v1/books/${book.id}`, { token: other.token })).status).toBe(
      403,
    );
    expect((await api("DELETE", `/api/v1/books/${book.id}`, { token: admin.token })).status).toBe(
      204,
    );
    expect((await api("GET", `/api/v1/books/${book.id}`, { token: seller.token })).status).toBe(
      404,
    );
    const row = await testDb().book.findUniqueOrThrow({
      where: { id: book.id },
      select: { deletedAt: true },
    });
    expect(row.deletedAt).not.toBeNull();
    const mine = await sell(seller);
    expect((await api("DELETE", `/api/v1/books/${mine.id}`, { token: seller.token })).status).toBe(
      204,
    );
  });
});

describe("GET /api/v1/books", () => {
  it("lists the school's listings newest first, searched by title, author, ISBN or lecture name, filtered by lecture and status", async () => {
    const t = tag();
    const seller = await createUser({ schoolId: hanbit });
    const lecture = await testDb().lecture.findUniqueOrThrow({
      where: { id: lectureId },
      select: { name: true },
    });
    const a = await sell(seller, { title: `선형대수 ${t}`, author: "길버트" });
    const b = await sell(seller, {
      title: `통계학 ${t}`,
      author: `저자${t}`,
      isbn: "0-306-40615-2",
    });
    const c = await sell(seller, { title: `미적분 ${t}`, lectureId });
    await api("PATCH", `/api/v1/books/${c.id}`, { token: seller.token, body: { status: "SOLD" } });
    const reader = await createUser({ schoolId: hanbit });

    const all = await walk(reader, "");
    expect(all.indexOf(c.id)).toBeLessThan(all.indexOf(b.id));
    expect(all.indexOf(b.id)).toBeLessThan(all.indexOf(a.id));
    expect(await walk(reader, `q=${encodeURIComponent(t)}`)).toEqual([c.id, b.id, a.id]);
    expect(await walk(reader, `q=${encodeURIComponent(`저자${t}`)}`)).toEqual([b.id]);
    expect(await walk(reader, `q=0306406152`)).toContain(b.id);
    expect(await walk(reader, `q=0-306-40615-2`)).toContain(b.id);
    expect(await walk(reader, `q=${encodeURIComponent(lecture.name)}`)).toContain(c.id);
    expect(await walk(reader, `lectureId=${lectureId}&q=${t}`)).toEqual([c.id]);
    expect(await walk(reader, `status=SOLD&q=${t}`)).toEqual([c.id]);
    expect(await walk(reader, `status=ON_SALE&q=${t}`)).toEqual([b.id, a.id]);
    expect(await walk(reader, "q=%25%25")).toEqual([]);
    const outsider = await createUser({ schoolId: saesol });
    expect(await walk(outsider, `q=${t}`)).toEqual([]);
    expect(
      (await api("GET", `/api/v1/books?lectureId=${lectureId}`, { token: outsider.token })).status,
    ).toBe(404);
    for (const q of ["status=LOST", "q=a", "lectureId=abc", "cursor=zzz"])
      expect((await api("GET", `/api/v1/books?${q}`, { token: reader.token })).status, q).toBe(400);
    const paged = await walk(reader, `q=${t}&limit=1`);
    expect(paged).toEqual([c.id, b.id, a.id]);
  });

  it("gives lecture answers booksOnSale: 판매중 listings of that lecture only", async () => {
    const lecture = await api("GET", `/api/v1/lectures/${lectureId}`, {
      token: (await createUser({ schoolId: hanbit })).token,
    });
    const before = lecture.body.booksOnSale as number;
    expect(before).toEqual(expect.any(Number));
    const seller = await createUser({ schoolId: hanbit });
    const one = await sell(seller, { lectureId });
    const two = await sell(seller, { lectureId });
    await api("PATCH", `/api/v1/books/${two.id}`, {
      token: seller.token,
      body: { status: "RESERVED" },
    });
    const after = await api("GET", `/api/v1/lectures/${lectureId}`, { token: seller.token });
    expect(after.body.booksOnSale).toBe(before + 1);
    const listed = await api(
      "GET",
      `/api/v1/lectures?semester=${after.body.semester}&q=${encodeURIComponent(after.body.code)}`,
      { token: seller.token },
    );
    expect(listed.body.items.find((l: any) => l.id === lectureId).booksOnSale).toBe(before + 1);
    await api("DELETE", `/api/v1/books/${one.id}`, { token: seller.token });
    expect(
      (await api("GET", `/api/v1/lectures/${lectureId}`, { token: seller.token })).body.booksOnSale,
    ).toBe(before);
  });
});

describe("쪽지 and 신고 on a listing", () => {
  it("POST /messages with { bookId } opens a BOOK thread with the seller, anonymous both ways", async () => {
    const seller = await createUser({ schoolId: hanbit });
    const buyer = await createUser({ schoolId: hanbit });
    const book = await sell(seller);
    const sent = await api("POST", "/api/v1/messages", {
      token: buyer.token,
      body: { content: "아직 파시나요?", to: { bookId: book.id } },
    });
    expect(sent.status, sent.text).toBe(201);
    const again = await api("POST", "/api/v1/messages", {
      token: buyer.token,
      body: { content: "내일 가능해요", to: { bookId: book.id } },
    });
    expect(again.body.threadId).toBe(sent.body.threadId);
    // The seller's inbox before reading: two unread, from 익명, naming the book.
    const inbox = await api("GET", "/api/v1/messages/threads", { token: seller.token });
    expect(inbox.body.items[0]).toMatchObject({
      counterpart: { name: "익명" },
      origin: { kind: "BOOK", bookId: book.id },
      unreadCount: 2,
    });
    for (const u of [buyer, seller]) {
      const thread = await api("GET", `/api/v1/messages/threads/${sent.body.threadId}`, {
        token: u.token,
      });
      expect(thread.status).toBe(200);
      expect(thread.body.counterpart).toEqual({ name: "익명" });
      expect(thread.body.origin).toEqual({ kind: "BOOK", bookId: book.id, bookTitle: book.title });
      expect(thread.text).not.toContain(seller.nickname);
      expect(thread.text).not.toContain(buyer.nickname);
    }
    expect(
      (
        await api("POST", "/api/v1/messages", {
          token: seller.token,
          body: { content: "내 책", to: { bookId: book.id } },
        })
      ).status,
    ).toBe(400);
    const outsider = await createUser({ schoolId: saesol });
    expect(
      (
        await api("POST", "/api/v1/messages", {
          token: outsider.token,
          body: { content: "안녕", to: { bookId: book.id } },
        })
      ).status,
    ).toBe(404);
  });

  it("POST /reports with { bookId }: 409 twice, 403 your own; five reporters hide it; the admin queue keeps or removes it", async () => {
    const seller = await createUser({ schoolId: hanbit });
    const book = await sell(seller);
    const report = (u: TestUser, reason = "COMMERCIAL") =>
      api("POST", "/api/v1/reports", {
        token: u.token,
        body: { target: { bookId: book.id }, reason },
      });
    const reporters = await Promise.all(
      Array.from({ length: 5 }, () => createUser({ schoolId: hanbit })),
    );
    const first = await report(reporters[0]);
    expect(first.status, first.text).toBe(201);
    expect(first.body.target).toEqual({ bookId: book.id });
    expect((await report(reporters[0], "SPAM")).status).toBe(409);
    expect((await report(seller)).status).toBe(403);
    for (const r of reporters.slice(1)) expect((await report(r)).status).toBe(201);
    const stranger = await createUser({ schoolId: hanbit });
    expect((await api("GET", `/api/v1/books/${book.id}`, { token: stranger.token })).status).toBe(
      404,
    );
    expect(await walk(stranger, `q=${encodeURIComponent(book.title)}`)).toEqual([]);
    const own = await api("GET", `/api/v1/books/${book.id}`, { token: seller.token });
    expect(own.status).toBe(200);
    expect(own.body.hidden).toBe(true);

    const admin = await createUser({ schoolId: hanbit, isAdmin: true });
    const queue = await api("GET", "/api/v1/admin/reports?limit=100", { token: admin.token });
    const item = queue.body.items.find((i: any) => i.target.bookId === book.id);
    expect(item).toMatchObject({ kind: "BOOK", count: 5, hidden: true, link: `/books/${book.id}` });
    const keep = await api("POST", "/api/v1/admin/reports/resolve", {
      token: admin.token,
      body: { target: { bookId: book.id }, action: "KEEP" },
    });
    expect(keep.status).toBe(204);
    expect((await api("GET", `/api/v1/books/${book.id}`, { token: stranger.token })).status).toBe(
      200,
    );
    const later = await createUser({ schoolId: hanbit });
    expect((await report(later)).status).toBe(201);
    const remove = await api("POST", "/api/v1/admin/reports/resolve", {
      token: admin.token,
      body: { target: { bookId: book.id }, action: "REMOVE" },
    });
    expect(remove.status).toBe(204);
    expect((await api("GET", `/api/v1/books/${book.id}`, { token: seller.token })).status).toBe(
      404,
    );
  });
});
