import crypto from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// Journeys of 쪽지, 알림 and 신고 on a 375-px phone screen:
//  1. A sends a 쪽지 to an anonymous post's author; B sees it and answers; neither page shows the
//     other's nickname.
//  2. B comments on A's post and A's bell count goes up without a reload.
//  3. Five students report a post and it disappears.

const PHONE = { width: 375, height: 800 };
// Outside test-results/ (Playwright empties it on every run), to be looked at after a run.
const SHOTS = ".data/screenshots/social";

async function phone(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

async function me(page: Page): Promise<{ id: number; nickname: string }> {
  return (await (await page.request.get("/api/v1/me")).json()) as { id: number; nickname: string };
}

async function freeBoard(page: Page): Promise<number> {
  const { items } = (await (await page.request.get("/api/v1/boards")).json()) as {
    items: { id: number; kind: string }[];
  };
  return items.find((b) => b.kind === "FREE")!.id;
}

async function writePost(page: Page, title: string, isAnonymous: boolean): Promise<number> {
  const res = await page.request.post(`/api/v1/boards/${await freeBoard(page)}/posts`, {
    data: { title, content: `${title} 내용입니다.`, isAnonymous },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

/** A new student of 한빛대학교, signed up through the API and signed in. */
async function newStudent(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const { items } = (await (await page.request.get("/api/v1/schools")).json()) as {
    items: { id: number; name: string }[];
  };
  const tag = crypto.randomBytes(4).toString("hex");
  const account = { email: `e2e-${tag}@hanbit.ac.kr`, password: "e2e-password-1" };
  const res = await page.request.post("/api/v1/auth/signup", {
    data: {
      ...account,
      nickname: `신고자${tag}`,
      schoolId: items.find((s) => s.name === "한빛대학교")!.id,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  await signInAs(page, account);
  return page;
}

test("a 쪽지 to an anonymous post's author stays anonymous both ways", async ({ browser }) => {
  const a = await phone(browser, DEMO.hanbitFriend);
  // The writers are fresh students: the demo accounts' posts from the other journeys count toward
  // the board's 3-posts-in-5-minutes limit (left at its default on the journey server).
  const b = await newStudent(browser);
  const [aMe, bMe] = await Promise.all([me(a), me(b)]);
  const title = `익명 고민 ${Date.now()}`;
  const postId = await writePost(b, title, true);

  // A: 쪽지 from the post page.
  await a.goto(`/posts/${postId}`);
  await a.getByRole("button", { name: "쪽지", exact: true }).first().click();
  const dialog = a.getByRole("dialog", { name: "쪽지 보내기" });
  await dialog.getByLabel("내용").fill("글 잘 봤어요. 혹시 같은 수업 들으세요?");
  await dialog.getByRole("button", { name: "전송" }).click();
  await expect(a).toHaveURL(/\/messages\/\d+$/);
  const threadUrl = a.url();
  await expect(a.getByText("자유게시판에 작성된 글을 통해 시작된 쪽지입니다")).toBeVisible();
  await expect(a.getByRole("heading", { name: "익명" })).toBeVisible();
  expect(await a.content()).not.toContain(bMe.nickname);

  // B: the header's 쪽지 icon counts it; the inbox shows 익명 with one unread; the thread answers.
  await b.goto("/messages");
  const inbox = b.getByRole("banner").getByRole("link", { name: /^쪽지/ });
  await expect(inbox).toHaveAccessibleName("쪽지 1개 읽지 않음");
  await expect(inbox.getByTestId("messages-count")).toHaveText("1");
  const row = b.getByRole("link", { name: /글 잘 봤어요/ });
  await expect(row).toContainText("익명");
  // The badge shows the count, and a screen reader hears what it counts.
  await expect(row.getByText("1", { exact: true })).toBeVisible();
  await expect(row).toHaveAccessibleName(/읽지 않은 쪽지 1개/);
  expect(await b.content()).not.toContain(aMe.nickname);
  await b.screenshot({ path: `${SHOTS}/inbox-375.png`, fullPage: true });
  await row.click();
  await expect(b.getByText("글 잘 봤어요. 혹시 같은 수업 들으세요?")).toBeVisible();
  // Reading the thread read the 쪽지: the header's count is gone.
  await expect(inbox).toHaveAccessibleName("쪽지함");
  await b.getByLabel("답장").fill("네 맞아요! 반가워요");
  await b.getByRole("button", { name: "전송" }).click();
  await expect(b.getByText("네 맞아요! 반가워요")).toBeVisible();
  await expect(b.getByLabel("답장")).toHaveValue("");
  expect(await b.content()).not.toContain(aMe.nickname);
  await b.screenshot({ path: `${SHOTS}/thread-375.png`, fullPage: true });

  await a.goto(threadUrl);
  await expect(a.getByText("네 맞아요! 반가워요")).toBeVisible();
  expect(await a.content()).not.toContain(bMe.nickname);
});

test("a comment on my post moves my bell without a reload", async ({ browser }) => {
  const a = await newStudent(browser);
  const b = await phone(browser, DEMO.hanbitFriend);
  const postId = await writePost(a, `종 울리기 ${Date.now()}`, false);
  await a.request.post("/api/v1/notifications/read", { data: {} });
  await a.goto("/");
  const bell = a.getByRole("banner").getByRole("link", { name: /^알림/ });
  await expect(bell).toHaveAccessibleName("알림");
  // Give the EventSource its connection before the comment is written.
  await expect(bell).toHaveAttribute("data-live", "on");

  const res = await b.request.post(`/api/v1/posts/${postId}/comments`, {
    data: { content: "실시간으로 보이나요?", isAnonymous: true },
  });
  expect(res.status()).toBe(201);
  await expect(bell).toHaveAccessibleName("알림 1개 읽지 않음");
  await expect(bell.getByTestId("bell-count")).toHaveText("1");
  await a.getByRole("banner").screenshot({ path: `${SHOTS}/bell-375.png` });

  await bell.click();
  await expect(a.getByRole("heading", { name: "알림" })).toBeVisible();
  await expect(a.getByText(/내 글에 새 댓글이 달렸습니다: 실시간으로 보이나요\?/)).toBeVisible();
  await a.getByRole("button", { name: "모두 읽음" }).click();
  await expect(a.getByText("읽지 않음 0개")).toBeVisible();
});

test("five students report a post and it disappears", async ({ browser }) => {
  // A fresh author: the demo accounts' posts on the board count toward its 3-in-5-minutes limit.
  const author = await newStudent(browser);
  const title = `신고 여정 ${Date.now()}`;
  const postId = await writePost(author, title, false);
  const boardId = await freeBoard(author);
  const reporters = [];
  for (let i = 0; i < 5; i++) reporters.push(await newStudent(browser));

  // Four report through the API, the fifth through the dialog on the post page.
  for (const r of reporters.slice(0, 4)) {
    const res = await r.request.post("/api/v1/reports", {
      data: { target: { postId }, reason: "SPAM" },
    });
    expect(res.status()).toBe(201);
  }
  const last = reporters[4];
  await last.goto(`/posts/${postId}`);
  await last.getByRole("button", { name: "신고", exact: true }).first().click();
  const dialog = last.getByRole("dialog", { name: "신고하기" });
  await expect(dialog.getByRole("radio")).toHaveCount(7);
  await dialog.getByLabel("낚시/놀람/도배").check();
  await last.screenshot({ path: `${SHOTS}/report-dialog-375.png` });
  await dialog.getByRole("button", { name: "신고하기" }).click();
  await expect(dialog.getByText("신고가 접수되었습니다.")).toBeVisible();

  // Gone for everyone else: the board list and the post itself.
  await last.goto(`/boards/${boardId}`);
  await expect(last.getByRole("main")).not.toContainText(title);
  // (The post page streams behind its loading skeleton, so the 404 is the not-found page's text.)
  await last.goto(`/posts/${postId}`);
  await expect(last.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  await expect(last.getByText(title)).toHaveCount(0);
  expect((await last.request.get(`/api/v1/posts/${postId}`)).status()).toBe(404);
  // Its author still sees it, marked.
  await author.goto(`/posts/${postId}`);
  await expect(author.getByText("신고 누적으로 숨겨진 글입니다")).toBeVisible();
});
