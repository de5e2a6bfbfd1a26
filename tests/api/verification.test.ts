import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, type TestUser } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { codeOf, startMailbox, waitForMail, type Mailbox } from "../support/mailbox";
import { boardsOf, createBoard, fetchPage, sessionCookie, writePost } from "../support/community";

// 학교 인증 over HTTP against a server of this file's own, configured as an operator would:
// SCHOOL_VERIFICATION=required, SMTP_URL at a real SMTP server on loopback started here, and an
// APP_URL of its own. It shares the suite's database (the suite's server runs with verification
// off; tests/support/api-global-setup.ts).

let server: AppServer;
let mailbox: Mailbox;
let schoolId: number;
let otherSchoolId: number;
const call = (method: string, path: string, opts: Parameters<typeof api>[2] = {}) =>
  api(method, path, { ...opts, base: server.url });
const tag = () => crypto.randomBytes(4).toString("hex");
/** A school address nobody has used: each test its own (one code request a minute per account). */
const schoolAddress = (local = `s${tag()}`) => `${local}@hanbit.ac.kr`;

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startAppServer({
    SCHOOL_VERIFICATION: "required",
    SMTP_URL: mailbox.url,
    APP_URL: "https://campustime.example",
  });
  [schoolId, otherSchoolId] = await firstSchoolIds();
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await mailbox?.close();
});

/** Signs up through the API (any e-mail is a login id) and signs in: a NONE account. */
async function signUp(email = `new-${tag()}@gmail.com`) {
  const password = "signup-password-1";
  const nickname = `가입${tag()}`;
  // Each signup speaks for a client address of its own (the server trusts one proxy hop), so the
  // suite's signups never meet the per-address limit.
  const headers = { "x-forwarded-for": `10.21.${crypto.randomInt(256)}.${crypto.randomInt(256)}` };
  const created = await call("POST", "/api/v1/auth/signup", {
    body: { email, password, nickname, schoolId },
    headers,
  });
  expect(created.status).toBe(201);
  expect(created.body.user.verification).toBe("NONE");
  const token = await call("POST", "/api/v1/auth/token", { body: { email, password }, headers });
  expect(token.status).toBe(200);
  return {
    id: created.body.user.id as number,
    email,
    password,
    nickname,
    token: token.body.accessToken as string,
  };
}

async function requestCode(token: string, schoolEmail: string) {
  return call("POST", "/api/v1/me/verification/email", { token, body: { schoolEmail } });
}

describe("an unverified account", () => {
  it("is NONE and gets 403 VERIFICATION_REQUIRED on every route of the school's content", async () => {
    const user = await signUp();
    const me = await call("GET", "/api/v1/me", { token: user.token });
    expect(me.status).toBe(200);
    expect(me.body.verification).toBe("NONE");
    const { free } = await boardsOf(schoolId);
    const refused: [string, string, unknown?][] = [
      ["GET", "/api/v1/boards"],
      ["GET", `/api/v1/boards/${free}`],
      ["GET", `/api/v1/boards/${free}/posts`],
      ["POST", `/api/v1/boards/${free}/posts`, { title: "t", content: "c", isAnonymous: true }],
      ["GET", "/api/v1/posts"],
      ["GET", "/api/v1/posts/hot"],
      ["GET", "/api/v1/posts/1"],
      ["GET", "/api/v1/posts/1/comments"],
      ["GET", "/api/v1/lectures"],
      ["GET", "/api/v1/lecture-domains"],
      ["GET", "/api/v1/timetables"],
      ["POST", "/api/v1/timetables", { name: "내 시간표", semester: "2026-1" }],
      ["GET", "/api/v1/friends"],
      ["GET", "/api/v1/messages/threads"],
      ["GET", "/api/v1/notifications"],
      ["GET", "/api/v1/notifications/stream"],
      ["POST", "/api/v1/reports", { target: { postId: 1 }, reason: "SPAM" }],
      ["GET", "/api/v1/me/posts"],
      // 게시판 만들기, 즐겨찾기 and 책방 (issue 23)
      ["POST", "/api/v1/boards", { name: "미인증게시판", description: "" }],
      ["PUT", `/api/v1/boards/${free}/favorite`],
      ["GET", "/api/v1/books"],
      ["POST", "/api/v1/books", { title: "책", price: 1000, condition: "GOOD" }],
    ];
    for (const [method, path, body] of refused) {
      const res = await call(method, path, { token: user.token, body });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code, `${method} ${path}`).toBe("VERIFICATION_REQUIRED");
    }
    const upload = await call("POST", "/api/v1/uploads", {
      token: user.token,
      rawBody: new FormData(),
    });
    expect(upload.status).toBe(403);
    // What works: /me, the school list, 학교 인증 itself.
    expect((await call("GET", "/api/v1/schools")).status).toBe(200);
    expect((await call("GET", "/api/v1/me/verification", { token: user.token })).status).toBe(200);
  });

  it("five fresh unverified accounts cannot hide a post (their reports are refused, none counts)", async () => {
    const author = await createUser({ schoolId });
    const post = await writePost(author, await createBoard(schoolId));
    for (let i = 0; i < 5; i++) {
      const brigade = await signUp();
      const res = await call("POST", "/api/v1/reports", {
        token: brigade.token,
        body: { target: { postId: post.id }, reason: "SPAM" },
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("VERIFICATION_REQUIRED");
    }
    const reader = await createUser({ schoolId });
    const seen = await call("GET", `/api/v1/posts/${post.id}`, { token: reader.token });
    expect(seen.status).toBe(200);
    expect(seen.body.title).toBe(post.title);
  });
});

describe("학교 인증 by school e-mail", () => {
  it("mails a 6-digit code; a wrong code is INVALID_CODE, the right one verifies, and the code is single use", async () => {
    const user = await signUp();
    const address = schoolAddress();
    const sent = await requestCode(user.token, address);
    expect(sent.status).toBe(202);
    expect(sent.body.sentTo).toBe(address);
    const expiresIn = Date.parse(sent.body.expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(9 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
    const [mail] = await waitForMail(mailbox.dir, address);
    const code = codeOf(mail);
    expect(mail.html).toContain(code);
    // Only a keyed hash is stored.
    const stored = await testDb().emailVerification.findUniqueOrThrow({
      where: { userId: user.id },
    });
    expect(JSON.stringify(stored)).not.toContain(code);

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const bad = await call("POST", "/api/v1/me/verification/email/confirm", {
      token: user.token,
      body: { code: wrong },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("INVALID_CODE");

    const ok = await call("POST", "/api/v1/me/verification/email/confirm", {
      token: user.token,
      body: { code },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ verification: "STUDENT", schoolEmail: address });
    expect((await call("GET", "/api/v1/me", { token: user.token })).body.verification).toBe(
      "STUDENT",
    );
    expect((await call("GET", "/api/v1/boards", { token: user.token })).status).toBe(200);

    const again = await call("POST", "/api/v1/me/verification/email/confirm", {
      token: user.token,
      body: { code },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe("CODE_EXPIRED");
  });

  it("takes the school's domain and its subdomains, never a look-alike or another school's", async () => {
    const user = await signUp();
    for (const address of [
      `x${tag()}@gmail.com`,
      `x${tag()}@hanbit.ac.kr.evil.example`,
      `x${tag()}@evilhanbit.ac.kr`,
      `x${tag()}@saesol.ac.kr`,
    ]) {
      const res = await requestCode(user.token, address);
      expect(res.status, address).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION_FAILED");
      expect(res.body.error.fields.schoolEmail).toBeDefined();
    }
    const sub = `x${tag()}@mail.hanbit.ac.kr`;
    expect((await requestCode(user.token, sub)).status).toBe(202);
    await waitForMail(mailbox.dir, sub);
  });

  it("paces requests: a second within the minute is 429 with Retry-After", async () => {
    const user = await signUp();
    expect((await requestCode(user.token, schoolAddress())).status).toBe(202);
    const soon = await requestCode(user.token, schoolAddress());
    expect(soon.status).toBe(429);
    expect(soon.body.error.code).toBe("RATE_LIMITED");
    const retryAfter = Number(soon.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("voids the code after 5 wrong attempts: then even the right code is CODE_EXPIRED", async () => {
    const user = await signUp();
    const address = schoolAddress();
    await requestCode(user.token, address);
    const code = codeOf((await waitForMail(mailbox.dir, address))[0]);
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, "0");
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call("POST", "/api/v1/me/verification/email/confirm", {
        token: user.token,
        body: { code: wrong },
      });
      codes.push(res.body.error.code);
    }
    expect(codes).toEqual(Array(5).fill("INVALID_CODE"));
    const right = await call("POST", "/api/v1/me/verification/email/confirm", {
      token: user.token,
      body: { code },
    });
    expect(right.status).toBe(400);
    expect(right.body.error.code).toBe("CODE_EXPIRED");
    expect((await call("GET", "/api/v1/me", { token: user.token })).body.verification).toBe("NONE");
  });

  it("an address that verified another account: the same 202, a mail saying so, no code", async () => {
    const first = await signUp();
    const address = schoolAddress();
    await requestCode(first.token, address);
    const code = codeOf((await waitForMail(mailbox.dir, address))[0]);
    await call("POST", "/api/v1/me/verification/email/confirm", {
      token: first.token,
      body: { code },
    });

    const second = await signUp();
    const res = await requestCode(second.token, address);
    const fresh = await requestCode((await signUp()).token, schoolAddress());
    expect(res.status).toBe(202);
    expect(Object.keys(res.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(res.body.sentTo).toBe(address);
    const mails = await waitForMail(mailbox.dir, address, { count: 2 });
    const notice = mails[1];
    expect(notice.text).toContain("이미 다른 Campustime 계정의 학교 인증에 사용되었습니다");
    expect(notice.text).not.toMatch(/인증 코드: \d{6}/);
    const confirm = await call("POST", "/api/v1/me/verification/email/confirm", {
      token: second.token,
      body: { code },
    });
    expect(confirm.status).toBe(400);
    expect((await call("GET", "/api/v1/me", { token: second.token })).body.verification).toBe(
      "NONE",
    );
  });
});

describe("levels", () => {
  let freshman: TestUser;
  let student: TestUser;
  let graduate: TestUser;
  let boards: Awaited<ReturnType<typeof boardsOf>>;
  const kindId = (kind: string) => boards.all.find((b) => b.kind === kind)!.id;
  const post = (user: TestUser, boardId: number) =>
    call("POST", `/api/v1/boards/${boardId}/posts`, {
      token: user.token,
      body: { title: `제목 ${tag()}`, content: "내용", isAnonymous: false },
    });

  beforeAll(async () => {
    freshman = await createUser({ schoolId, verification: "FRESHMAN" });
    student = await createUser({ schoolId, verification: "STUDENT" });
    graduate = await createUser({ schoolId, verification: "GRADUATE" });
    boards = await boardsOf(schoolId);
  });

  it("a FRESHMAN reaches only the 새내기게시판, its own timetables and lectures", async () => {
    const list = await call("GET", "/api/v1/boards", { token: freshman.token });
    expect(list.status).toBe(200);
    expect(list.body.items.map((b: { kind: string }) => b.kind)).toEqual(["FRESHMAN"]);
    const written = await post(freshman, kindId("FRESHMAN"));
    expect(written.status).toBe(201);
    expect(
      (await call("GET", `/api/v1/posts/${written.body.id}`, { token: freshman.token })).status,
    ).toBe(200);

    const free = await post(freshman, kindId("FREE"));
    expect(free.status).toBe(403);
    expect(free.body.error.code).toBe("VERIFICATION_REQUIRED");
    const elsewhere = await post(student, kindId("FREE"));
    expect(elsewhere.status).toBe(201);
    for (const path of [
      `/api/v1/posts/${elsewhere.body.id}`,
      `/api/v1/posts/${elsewhere.body.id}/comments`,
      `/api/v1/boards/${kindId("FREE")}/posts`,
      "/api/v1/posts/hot",
      "/api/v1/friends",
      "/api/v1/messages/threads",
      "/api/v1/books",
    ]) {
      const res = await call("GET", path, { token: freshman.token });
      expect(res.status, path).toBe(403);
      expect(res.body.error.code, path).toBe("VERIFICATION_REQUIRED");
    }
    // Making a board and selling a book are for verified students.
    const made = await call("POST", "/api/v1/boards", {
      token: freshman.token,
      body: { name: "새내기모임", description: "" },
    });
    expect(made.status).toBe(403);
    expect(made.body.error.code).toBe("VERIFICATION_REQUIRED");
    expect((await call("GET", "/api/v1/timetables", { token: freshman.token })).status).toBe(200);
    expect((await call("GET", "/api/v1/lectures", { token: freshman.token })).status).toBe(200);
    expect((await call("GET", "/api/v1/notifications", { token: freshman.token })).status).toBe(
      200,
    );
  });

  it("게시판 찾기 shows a FRESHMAN the 새내기게시판 only, with no star and no 게시판 만들기", async () => {
    const ofFreshman = await fetchPage(
      "/boards",
      await sessionCookie(freshman, server.url),
      server.url,
    );
    expect(ofFreshman.status).toBe(200);
    const html = ofFreshman.text;
    expect(html).toContain(`href="/boards/${kindId("FRESHMAN")}"`);
    expect(html).not.toContain(`href="/boards/${kindId("FREE")}"`);
    expect(html).not.toContain("게시판 만들기");
    expect(html).not.toContain("aria-pressed");
    const ofStudent = await fetchPage(
      "/boards",
      await sessionCookie(student, server.url),
      server.url,
    );
    expect(ofStudent.status).toBe(200);
    expect(ofStudent.text).toContain(`href="/boards/${kindId("FREE")}"`);
    expect(ofStudent.text).toContain("게시판 만들기");
    expect(ofStudent.text).toContain("aria-pressed");
  });

  it("a STUDENT reads the 졸업생게시판 but only a GRADUATE writes on it", async () => {
    const graduateBoard = kindId("GRADUATE");
    const byStudent = await post(student, graduateBoard);
    expect(byStudent.status).toBe(403);
    expect(byStudent.body.error.code).toBe("VERIFICATION_REQUIRED");
    const byGraduate = await post(graduate, graduateBoard);
    expect(byGraduate.status).toBe(201);
    const read = await call("GET", `/api/v1/posts/${byGraduate.body.id}`, { token: student.token });
    expect(read.status).toBe(200);
    const comment = await call("POST", `/api/v1/posts/${byGraduate.body.id}/comments`, {
      token: student.token,
      body: { content: "궁금해요", isAnonymous: true },
    });
    expect(comment.status).toBe(403);
  });

  it("another school's student stays out of this school whatever their level", async () => {
    const other = await createUser({ schoolId: otherSchoolId, verification: "STUDENT" });
    const res = await call("GET", `/api/v1/boards/${kindId("FREE")}`, { token: other.token });
    expect(res.status).toBe(404);
  });
});

describe("the level comes with the viewer", () => {
  it("a student verified a moment ago is let in on the next request (no stale copy)", async () => {
    const user = await signUp();
    expect((await call("GET", "/api/v1/boards", { token: user.token })).status).toBe(403);
    await testDb().user.update({ where: { id: user.id }, data: { verification: "STUDENT" } });
    expect((await call("GET", "/api/v1/boards", { token: user.token })).status).toBe(200);
  });
});

describe("학교 인증 by document", () => {
  it("queues the photo for the school's admins only; a decision sets the level, deletes the photo and tells the student", async () => {
    const { pngBytes } = await import("../support/images");
    const user = await signUp();
    const form = new FormData();
    form.append("kind", "GRADUATE");
    form.append(
      "file",
      new Blob([new Uint8Array(pngBytes(64, 48))], { type: "image/png" }),
      "card.png",
    );
    const sent = await call("POST", "/api/v1/me/verification/document", {
      token: user.token,
      rawBody: form,
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ kind: "GRADUATE", status: "PENDING" });

    const admin = await createUser({ schoolId, isAdmin: true });
    const otherAdmin = await createUser({ schoolId: otherSchoolId, isAdmin: true });
    const plain = await createUser({ schoolId });
    const queue = await call("GET", "/api/v1/admin/verifications?limit=100", {
      token: admin.token,
    });
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: { id: number }) => i.id === sent.body.id);
    expect(item).toMatchObject({ kind: "GRADUATE", user: { id: user.id } });
    const photo = await fetch(`${server.url}${item.photoUrl}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(photo.status).toBe(200);
    expect(photo.headers.get("cache-control")).toContain("no-store");
    expect(photo.headers.get("content-type")).toMatch(/^image\//);
    for (const outsider of [otherAdmin, plain]) {
      const res = await fetch(`${server.url}${item.photoUrl}`, {
        headers: { authorization: `Bearer ${outsider.token}` },
      });
      expect([403, 404]).toContain(res.status);
    }
    expect((await call("GET", "/api/v1/admin/verifications", { token: plain.token })).status).toBe(
      403,
    );

    const decided = await call("POST", `/api/v1/admin/verifications/${item.id}`, {
      token: admin.token,
      body: { decision: "APPROVE" },
    });
    expect(decided.status).toBe(204);
    expect((await call("GET", "/api/v1/me", { token: user.token })).body.verification).toBe(
      "GRADUATE",
    );
    const gone = await fetch(`${server.url}${item.photoUrl}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(gone.status).toBe(404);
    const again = await call("POST", `/api/v1/admin/verifications/${item.id}`, {
      token: admin.token,
      body: { decision: "REJECT" },
    });
    expect(again.status).toBe(409);
    const notes = await call("GET", "/api/v1/notifications", { token: user.token });
    expect(notes.body.items[0]).toMatchObject({ kind: "VERIFICATION", link: "/verify" });
  });
});
