import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// Journey: an anonymous post gets an anonymous comment from its author (익명(글쓴이)) and an
// anonymous reply from a friend (익명1); the author deletes their comment, which stays as the
// "삭제된 댓글입니다." placeholder above the friend's reply. The post is made through
// POST /api/v1/boards/:id/posts and shown by the post page, /posts/:id.

async function signedInPage(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

async function createAnonymousPost(page: Page, title: string): Promise<number> {
  const boards = await page.request.get("/api/v1/boards");
  expect(boards.ok()).toBe(true);
  const { items } = (await boards.json()) as { items: { id: number; kind: string }[] };
  const free = items.find((b) => b.kind === "FREE")!;
  const res = await page.request.post(`/api/v1/boards/${free.id}/posts`, {
    data: { title, content: "댓글 여정을 위한 익명 글입니다.", isAnonymous: true },
  });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: number }).id;
}

const commentSection = (page: Page) => page.getByRole("region", { name: /^댓글/ });

test("anonymous comments, a reply and a deleted comment on a post", async ({ browser }) => {
  const author = await signedInPage(browser, DEMO.hanbit);
  const friend = await signedInPage(browser, DEMO.hanbitFriend);
  const postId = await createAnonymousPost(author, `댓글 여정 ${Date.now()}`);

  // The author comments anonymously on their own anonymous post: 익명(글쓴이).
  await author.goto(`/posts/${postId}`);
  const section = commentSection(author);
  await expect(section.getByRole("heading", { name: "댓글 0" })).toBeVisible();
  const form = section.getByRole("form", { name: "댓글 쓰기" });
  await form.getByLabel("댓글 내용").fill("글쓴이의 익명 댓글");
  await expect(form.getByText("10/300")).toBeVisible();
  await expect(form.getByLabel("익명", { exact: true })).toBeChecked();
  await form.getByRole("button", { name: "등록" }).click();
  const authorThread = section.getByRole("listitem").filter({ hasText: "글쓴이의 익명 댓글" });
  await expect(authorThread.getByText("익명(글쓴이)")).toBeVisible();
  await expect(form.getByLabel("댓글 내용")).toHaveValue("");

  // The friend replies anonymously under it: 익명1.
  await friend.goto(`/posts/${postId}`);
  const friendSection = commentSection(friend);
  const thread = friendSection
    .getByRole("listitem")
    .filter({ hasText: "글쓴이의 익명 댓글" })
    .first();
  await thread.getByRole("button", { name: "답글" }).click();
  const replyForm = friendSection.getByRole("form", { name: "답글 쓰기" });
  await replyForm.getByLabel("답글 내용").fill("친구의 익명 답글");
  await replyForm.getByRole("button", { name: "등록" }).click();
  await expect(replyForm).toBeHidden();
  const reply = friendSection.getByRole("listitem").filter({ hasText: "친구의 익명 답글" }).last();
  await expect(reply.getByText("익명1", { exact: true })).toBeVisible();
  await expect(friendSection.getByRole("heading", { name: "댓글 2" })).toBeVisible();
  // 삭제 shows only on their own reply, not on the author's comment.
  await expect(thread.getByRole("button", { name: "삭제" })).toHaveCount(1);

  // Nothing on the author's page tells who the friend is.
  await author.reload();
  await expect(commentSection(author).getByText("친구의 익명 답글")).toBeVisible();
  expect(await author.content()).not.toContain("한빛친구");

  // The author deletes their comment (after a confirm): the placeholder stays with the reply.
  author.once("dialog", (dialog) => dialog.accept());
  await commentSection(author)
    .getByRole("listitem")
    .filter({ hasText: "글쓴이의 익명 댓글" })
    .first()
    .getByRole("button", { name: "삭제" })
    .first()
    .click();
  await expect(commentSection(author).getByText("삭제된 댓글입니다.")).toBeVisible();
  await expect(commentSection(author).getByText("글쓴이의 익명 댓글")).toHaveCount(0);
  await expect(commentSection(author).getByText("친구의 익명 답글")).toBeVisible();
  await expect(commentSection(author).getByRole("heading", { name: "댓글 1" })).toBeVisible();

  // 댓글 단 글 lists the post for the friend, its author still 익명.
  await friend.goto("/me/comments");
  const row = friend.getByRole("link", { name: /댓글 여정/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("익명");
  await expect(row).not.toContainText("한빛새내기");
});
