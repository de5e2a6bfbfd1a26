import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";
import { pngBytes } from "../tests/support/images";

// The community journey: an anonymous post with a photo, seen in the board list, 공감 and
// 스크랩 by a classmate, edited and deleted by its author.

async function openBoard(page: Page, name: string) {
  await page.goto("/");
  await page.getByRole("heading", { name }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("write an anonymous post with a photo; a classmate 공감s and 스크랩s it; the author edits and deletes it", async ({
  page,
  browser,
}) => {
  // Two browsers, an upload and a dozen page loads: 53 s of the 60 s budget through nginx on a
  // busy machine, over it once at a load average of 36. The journey gets three times the budget.
  test.slow();
  const title = `사진 올려요 ${Date.now().toString(36)}`;
  await signInAs(page, DEMO.hanbit);

  // 글쓰기 on 자유게시판, anonymous, with one photo.
  await openBoard(page, "자유게시판");
  const boardUrl = page.url();
  await page.getByRole("link", { name: "글쓰기" }).click();
  await expect(page.getByRole("heading", { name: "글쓰기" })).toBeVisible();
  // 익명 is ticked from the start, as in 댓글.
  await expect(page.getByLabel("익명")).toBeChecked();
  // A refused submit (no title) says so next to the field and keeps what was typed.
  await page.getByLabel("내용").fill("중앙도서관 앞 단풍이 예뻐서 찍었어요.\n다들 시험 화이팅!");
  await page.getByRole("button", { name: "작성 완료" }).click();
  await expect(page.getByText("제목을 입력해 주세요.")).toBeVisible();
  await expect(page.getByLabel("제목")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("내용")).toHaveValue(
    "중앙도서관 앞 단풍이 예뻐서 찍었어요.\n다들 시험 화이팅!",
  );
  await expect(page.getByLabel("익명")).toBeChecked();
  await page.getByLabel("제목").fill(title);
  // A file the server refuses gets its own line (not clipped in a tile) and takes no place of 20.
  await page.getByLabel("사진 첨부").setInputFiles({
    name: "not-a-photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("not an image at all"),
  });
  const refused = page.getByRole("list", { name: "올리지 못한 사진" }).getByRole("alert");
  await expect(refused).toContainText("not-a-photo.png");
  await expect(page.getByText("0/20장")).toBeVisible();
  await page.getByRole("button", { name: "not-a-photo.png 오류 닫기" }).click();
  await expect(refused).toHaveCount(0);
  await page.getByLabel("사진 첨부").setInputFiles({
    name: "autumn.png",
    mimeType: "image/png",
    buffer: pngBytes(40, 30, [230, 120, 40]),
  });
  await expect(page.getByRole("img", { name: /첨부 사진 1/ })).toBeVisible();
  await expect(page.getByText("1/20장")).toBeVisible();
  const submit = page.getByRole("button", { name: "작성 완료" });
  await expect(submit).toBeEnabled();
  await submit.click();

  // The new post: anonymous author, the photo served and decoded.
  await expect(page).toHaveURL(/\/posts\/\d+$/);
  const postUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("article").getByText("익명", { exact: true })).toBeVisible();
  const photo = page.getByRole("img", { name: "첨부 사진 1" });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);

  // Your own post cannot be 공감ed or 스크랩ed: the buttons are off, and say why.
  await expect(page.getByRole("button", { name: /공감/ })).toBeDisabled();
  await expect(page.getByRole("button", { name: /스크랩/ })).toBeDisabled();
  await expect(page.getByRole("button", { name: /공감/ })).toHaveAccessibleDescription(
    "내 글에는 공감·스크랩할 수 없습니다.",
  );

  // In the board list, with the photo marker and 익명.
  await page.goto(boardUrl);
  const item = page.getByRole("listitem").filter({ hasText: title });
  await expect(item).toBeVisible();
  await expect(item.getByRole("img", { name: "사진 있음" })).toBeVisible();
  await expect(item.getByText("익명")).toBeVisible();

  // A classmate opens it: no trace of the author; 공감 and 스크랩 stick.
  const friendContext = await browser.newContext();
  const friend = await friendContext.newPage();
  await signInAs(friend, DEMO.hanbitFriend);
  await friend.goto(postUrl);
  await expect(friend.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(friend.locator("body")).not.toContainText("한빛새내기");
  const like = friend.getByRole("button", { name: /공감/ });
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(like).toContainText("1");
  // The count shows at once (optimistic); the button is enabled again once the server has answered.
  await expect(like).toBeEnabled();
  const scrap = friend.getByRole("button", { name: /스크랩/ });
  await scrap.click();
  await expect(scrap).toHaveAttribute("aria-pressed", "true");
  await expect(scrap).toContainText("1");
  await expect(scrap).toBeEnabled();
  await friend.reload();
  await expect(friend.getByRole("button", { name: /공감/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(friend.getByRole("button", { name: /공감/ })).toContainText("1");
  await friend.goto("/me/scraps");
  await expect(friend.getByRole("listitem").filter({ hasText: title })).toBeVisible();

  // The author edits the title.
  await page.goto(postUrl);
  await page.getByRole("link", { name: "수정" }).click();
  await expect(page.getByRole("heading", { name: "글 수정" })).toBeVisible();
  await page.getByLabel("제목").fill(`${title} (수정)`);
  await page.getByRole("button", { name: "수정 완료" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${title} (수정)` })).toBeVisible();
  await expect(page.getByRole("button", { name: /공감/ })).toContainText("1");

  // …and deletes it after confirming; it leaves the board.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "삭제" }).click();
  await expect(page).toHaveURL(boardUrl);
  await expect(page.getByRole("heading", { level: 1, name: "자유게시판" })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);

  await friend.goto(postUrl);
  await expect(friend.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  await friend.goto("/me/scraps");
  await expect(friend.getByText(title)).toHaveCount(0);
  await friendContext.close();
});

test("the search box needs 2 characters and finds posts by title", async ({ page }) => {
  await signInAs(page, DEMO.hanbit);
  await openBoard(page, "자유게시판");
  const boardUrl = page.url();
  await page.goto(`${boardUrl}?field=title&q=${encodeURIComponent("가")}`);
  await expect(page.getByText("검색어는 2글자 이상 입력해 주세요.")).toBeVisible();
  await page.getByLabel("검색 범위").selectOption("title");
  await page.getByLabel("검색어").fill("시간표");
  await page.getByRole("button", { name: "검색" }).click();
  await expect(page.getByText("검색 결과")).toBeVisible();
  const titles = page.getByRole("list", { name: "글 목록" }).getByRole("heading");
  await expect(titles.first()).toBeVisible();
  for (const t of await titles.allTextContents()) expect(t).toContain("시간표");
});

test("a post with several photos shows them as a grid of thumbnails, each opening the full photo", async ({
  page,
}) => {
  // Uses 새솔's demo account: the first journey's 3-posts-per-board limit is on 한빛's.
  await signInAs(page, DEMO.saesol);
  await openBoard(page, "자유게시판");
  await page.getByRole("link", { name: "글쓰기" }).click();
  await page.getByLabel("제목").fill(`사진 여러 장 ${Date.now().toString(36)}`);
  await page.getByLabel("내용").fill("축제 사진입니다.");
  await page.getByLabel("사진 첨부").setInputFiles([
    { name: "wide.png", mimeType: "image/png", buffer: pngBytes(1200, 300, [40, 90, 200]) },
    { name: "small.png", mimeType: "image/png", buffer: pngBytes(60, 80, [200, 60, 40]) },
  ]);
  await expect(page.getByRole("img", { name: /첨부 사진 2/ })).toBeVisible();
  const submit = page.getByRole("button", { name: "작성 완료" });
  await expect(submit).toBeEnabled();
  await submit.click();
  await expect(page).toHaveURL(/\/posts\/\d+$/);

  const grid = page.getByRole("list", { name: "첨부 사진" });
  const first = grid.getByRole("img", { name: "첨부 사진 1" });
  await expect(first).toBeVisible();
  await expect(grid.getByRole("img", { name: "첨부 사진 2" })).toBeVisible();
  // The wide photo's thumbnail fits in 480 px; the link opens the full 1200 px photo.
  await expect(first).toHaveAttribute("src", /\/api\/v1\/uploads\/\d+\?size=thumb$/);
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  const full = await grid.getByRole("link").first().getAttribute("href");
  expect(full).toMatch(/^\/api\/v1\/uploads\/\d+$/);
  const res = await page.request.get(full!);
  expect(res.headers()["content-type"]).toBe("image/png");
});
