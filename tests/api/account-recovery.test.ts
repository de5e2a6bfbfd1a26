import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb, TEST_PASSWORD } from "../support/api";
import { startAppServer, type AppServer } from "../support/app-server";
import { resetLinkOf, startMailbox, waitForMail, type Mailbox } from "../support/mailbox";
import { boardsOf } from "../support/community";

// 비밀번호 찾기, 비밀번호 변경 and 회원 탈퇴 / 내려받기 over HTTP, against a server of this file's own
// with a real SMTP server on loopback and an APP_URL that is not the address the tests call, so
// a link built from the request's Host would show.

const APP_URL = "https://campustime.example";
let server: AppServer;
let mailbox: Mailbox;
let schoolId: number;
const call = (method: string, path: string, opts: Parameters<typeof api>[2] = {}) =>
  api(method, path, { ...opts, base: server.url });
const tag = () => crypto.randomBytes(4).toString("hex");
const from = () => ({
  "x-forwarded-for": `10.22.${crypto.randomInt(256)}.${crypto.randomInt(256)}`,
});

beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startAppServer({
    SCHOOL_VERIFICATION: "required",
    SMTP_URL: mailbox.url,
    APP_URL,
  });
  [schoolId] = await firstSchoolIds();
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await mailbox?.close();
});

const signIn = (email: string, password: string) =>
  call("POST", "/api/v1/auth/token", { body: { email, password }, headers: from() });

describe("비밀번호 찾기", () => {
  it("answers 202 {} for any address; mails a link built from APP_URL; the link sets the password once", async () => {
    const user = await createUser({ schoolId });
    const before = await signIn(user.email, TEST_PASSWORD);
    expect(before.status).toBe(200);
    const oldToken = before.body.accessToken as string;

    const known = await call("POST", "/api/v1/auth/password-reset", {
      body: { email: user.email },
      headers: from(),
    });
    const unknown = await call("POST", "/api/v1/auth/password-reset", {
      body: { email: `nobody-${tag()}@gmail.com` },
      headers: from(),
    });
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(known.text).toBe("{}");
    expect(unknown.text).toBe(known.text);

    const [mail] = await waitForMail(mailbox.dir, user.email);
    const link = resetLinkOf(mail);
    expect(link.startsWith(`${APP_URL}/reset-password?token=`)).toBe(true);
    expect(mail.text).not.toContain(server.url);
    const token = new URL(link).searchParams.get("token")!;
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(32);
    const stored = await testDb().passwordResetToken.findMany({ where: { userId: user.id } });
    expect(JSON.stringify(stored)).not.toContain(token);

    const short = await call("POST", "/api/v1/auth/password-reset/confirm", {
      body: { token, password: "short" },
    });
    expect(short.status).toBe(400);
    const done = await call("POST", "/api/v1/auth/password-reset/confirm", {
      body: { token, password: "brand-new-password-1" },
    });
    expect(done.status).toBe(204);

    // Every session ended: the old access token, the old password; the new password works.
    expect((await call("GET", "/api/v1/me", { token: oldToken })).status).toBe(401);
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(401);
    expect((await signIn(user.email, "brand-new-password-1")).status).toBe(200);
    const mails = await waitForMail(mailbox.dir, user.email, { count: 2 });
    expect(mails[1].subject).toContain("비밀번호가 변경되었습니다");

    const reuse = await call("POST", "/api/v1/auth/password-reset/confirm", {
      body: { token, password: "another-password-2" },
    });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error.code).toBe("INVALID_TOKEN");
  });

  it("a new request voids the older link; an unknown token is INVALID_TOKEN", async () => {
    const user = await createUser({ schoolId });
    // One after the other: the second request after the first link has arrived.
    await call("POST", "/api/v1/auth/password-reset", {
      body: { email: user.email },
      headers: from(),
    });
    const [first] = await waitForMail(mailbox.dir, user.email);
    await call("POST", "/api/v1/auth/password-reset", {
      body: { email: user.email },
      headers: from(),
    });
    const second = (await waitForMail(mailbox.dir, user.email, { count: 2 }))[1];
    const older = new URL(resetLinkOf(first)).searchParams.get("token")!;
    const newer = new URL(resetLinkOf(second)).searchParams.get("token")!;
    const stale = await call("POST", "/api/v1/auth/password-reset/confirm", {
      body: { token: older, password: "brand-new-password-1" },
    });
    expect(stale.status).toBe(400);
    expect(stale.body.error.code).toBe("INVALID_TOKEN");
    const bogus = await call("POST", "/api/v1/auth/password-reset/confirm", {
      body: {
        token: crypto.randomBytes(32).toString("base64url"),
        password: "brand-new-password-1",
      },
    });
    expect(bogus.body.error.code).toBe("INVALID_TOKEN");
    const ok = await call("POST", "/api/v1/auth/password-reset/confirm", {
      body: { token: newer, password: "brand-new-password-1" },
    });
    expect(ok.status).toBe(204);
  });

  it("at most 3 requests an hour per e-mail (429 with Retry-After, also for an unknown one)", async () => {
    for (const email of [`limit-${tag()}@gmail.com`, (await createUser({ schoolId })).email]) {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 4; i++) {
        last = await call("POST", "/api/v1/auth/password-reset", {
          body: { email },
          headers: from(),
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([202, 202, 202, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThan(0);
    }
  });

  it("takes about the same time whether or not the account exists (medians of 50)", async () => {
    const users = await Promise.all(Array.from({ length: 50 }, () => createUser({ schoolId })));
    const asks = [
      ...users.map((u) => ({ known: true, email: u.email })),
      ...users.map(() => ({ known: false, email: `ghost-${tag()}@gmail.com` })),
    ].sort(() => Math.random() - 0.5);
    const times: Record<"true" | "false", number[]> = { true: [], false: [] };
    const bodies = new Set<string>();
    for (const ask of asks) {
      const started = performance.now();
      const res = await fetch(`${server.url}/api/v1/auth/password-reset`, {
        method: "POST",
        headers: { "content-type": "application/json", ...from() },
        body: JSON.stringify({ email: ask.email }),
      });
      const text = await res.text();
      times[String(ask.known) as "true" | "false"].push(performance.now() - started);
      expect(res.status).toBe(202);
      bodies.add(text);
      // Let the work a known address causes after its answer (token, mail) finish first, so it
      // does not fall on the next request.
      await new Promise((r) => setTimeout(r, 40));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [k, u] = [median(times.true), median(times.false)];
    console.log(`password-reset medians: existing ${k.toFixed(2)} ms, unknown ${u.toFixed(2)} ms`);
    expect(bodies).toEqual(new Set(["{}"]));
    expect(Math.abs(k - u)).toBeLessThan(5);
  });
});

describe("비밀번호 변경 while signed in", () => {
  it("ends the other sessions (refresh tokens) and mails a notice", async () => {
    const user = await createUser({ schoolId });
    const other = await signIn(user.email, TEST_PASSWORD);
    const cookie = other.headers.get("set-cookie")!.split(";")[0];
    const changed = await call("PATCH", "/api/v1/me", {
      token: user.token,
      body: { currentPassword: TEST_PASSWORD, newPassword: "changed-password-1" },
    });
    expect(changed.status).toBe(200);
    const refresh = await call("POST", "/api/v1/auth/refresh", { headers: { cookie } });
    expect(refresh.status).toBe(401);
    const [mail] = await waitForMail(mailbox.dir, user.email);
    expect(mail.subject).toContain("비밀번호가 변경되었습니다");
  });
});

describe("회원 탈퇴 and 내려받기", () => {
  it("exports everything the account holds as one JSON attachment", async () => {
    const user = await createUser({ schoolId });
    const { free } = await boardsOf(schoolId);
    const title = `내보낼 글 ${tag()}`;
    await call("POST", `/api/v1/boards/${free}/posts`, {
      token: user.token,
      body: { title, content: "내용", isAnonymous: true },
    });
    const res = await call("GET", "/api/v1/me/export", { token: user.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="campustime-\d{8}\.json"$/,
    );
    expect(res.body.profile).toMatchObject({
      id: user.id,
      email: user.email,
      nickname: user.nickname,
    });
    expect(res.body.posts.map((p: { title: string }) => p.title)).toContain(title);
    for (const key of [
      "comments",
      "scraps",
      "timetables",
      "grades",
      "reviews",
      "messagesSent",
      "notifications",
    ])
      expect(Array.isArray(res.body[key]), key).toBe(true);
    expect(res.text).not.toMatch(/argon2|passwordHash/);
  });

  it("erases the account: sign-in stops, e-mail and nickname are free again, named posts show (탈퇴한 회원), anonymous ones stay 익명", async () => {
    const user = await createUser({ schoolId });
    const reader = await createUser({ schoolId });
    const { free } = await boardsOf(schoolId);
    const named = await call("POST", `/api/v1/boards/${free}/posts`, {
      token: user.token,
      body: { title: `이름 글 ${tag()}`, content: "내용", isAnonymous: false },
    });
    const anonymous = await call("POST", `/api/v1/boards/${free}/posts`, {
      token: user.token,
      body: { title: `익명 글 ${tag()}`, content: "내용", isAnonymous: true },
    });
    await call("POST", `/api/v1/posts/${named.body.id}/comments`, {
      token: reader.token,
      body: { content: "답글 남겨요", isAnonymous: false },
    });
    const comment = await call("POST", `/api/v1/posts/${named.body.id}/comments`, {
      token: user.token,
      body: { content: "제 댓글", isAnonymous: false },
    });
    expect(comment.status).toBe(201);
    await call("POST", "/api/v1/timetables", {
      token: user.token,
      body: { name: "지울 시간표", semester: "2026-1" },
    });

    const wrong = await call("DELETE", "/api/v1/me", {
      token: user.token,
      body: { password: "not-the-password" },
    });
    expect(wrong.status).toBe(403);
    const gone = await call("DELETE", "/api/v1/me", {
      token: user.token,
      body: { password: TEST_PASSWORD },
    });
    expect(gone.status).toBe(204);

    expect((await call("GET", "/api/v1/me", { token: user.token })).status).toBe(401);
    expect((await signIn(user.email, TEST_PASSWORD)).status).toBe(401);

    const answers = [
      await call("GET", `/api/v1/posts/${named.body.id}`, { token: reader.token }),
      await call("GET", `/api/v1/posts/${anonymous.body.id}`, { token: reader.token }),
      await call("GET", `/api/v1/posts/${named.body.id}/comments`, { token: reader.token }),
      await call("GET", `/api/v1/boards/${free}/posts?limit=100`, { token: reader.token }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers[0].body.author.nickname).toBe("(탈퇴한 회원)");
    expect(answers[1].body.author).toEqual({ name: "익명" });
    const mine = answers[2].body.items.find((c: { content: string }) => c.content === "제 댓글");
    expect(mine.author.nickname).toBe("(탈퇴한 회원)");
    for (const a of answers) {
      expect(a.text).not.toContain(user.email);
      expect(a.text).not.toContain(user.nickname);
    }
    const page = await fetch(`${server.url}/api/v1/posts/${named.body.id}`, {
      headers: { authorization: `Bearer ${reader.token}` },
    });
    expect(await page.text()).not.toContain(user.nickname);
    const row = await testDb().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(JSON.stringify(row)).not.toContain(user.email);
    expect(JSON.stringify(row)).not.toContain(user.nickname);
    expect(await testDb().timetable.count({ where: { ownerId: user.id } })).toBe(0);
    expect(server.log()).not.toContain(user.email);
    expect(server.log()).not.toContain(user.nickname);

    // Free for reuse: the same e-mail and nickname sign up again.
    const again = await call("POST", "/api/v1/auth/signup", {
      body: { email: user.email, password: "reused-password-1", nickname: user.nickname, schoolId },
      headers: from(),
    });
    expect(again.status).toBe(201);
  });
});
