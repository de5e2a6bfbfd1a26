import { expect, test, type Browser, type Page } from "@playwright/test";
import { pngBytes } from "../tests/support/images";
import { DEMO, signInAs } from "./support/auth";

// Journeys of issue 23 at 375 px and 1280 px:
//  1. A student makes a board; another finds it in 게시판 찾기, stars it (it comes first on the
//     home page, under 즐겨찾기한 게시판) and posts on it.
//  2. A student lists a book with a photo for a lecture; another finds it from the lecture's page,
//     sends the seller a 쪽지 (anonymous both ways); the seller marks it 판매완료.
// The two demo students swap roles between the widths, so each makes one board per run (the limit
// is 3 in 30 days).

const VIEWPORTS = [
  { name: "375", width: 375, height: 800 },
  { name: "1280", width: 1280, height: 900 },
];
// Outside test-results/ (Playwright empties it on every run), to be looked at after a run.
const SHOTS = ".data/screenshots/boards-books";

async function open(
  browser: Browser,
  size: { width: number; height: number },
  account: typeof DEMO.hanbit,
) {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

async function nickname(page: Page): Promise<string> {
  return ((await (await page.request.get("/api/v1/me")).json()) as { nickname: string }).nickname;
}

for (const vp of VIEWPORTS) {
  test(`make a board, find it from another account, star it, post on it (${vp.name} px)`, async ({
    browser,
  }) => {
    test.slow(); // two browsers and a dozen page loads on a shared machine
    const [makerAccount, finderAccount] =
      vp.name === "375" ? [DEMO.hanbit, DEMO.hanbitFriend] : [DEMO.hanbitFriend, DEMO.hanbit];
    const maker = await open(browser, vp, makerAccount);
    const finder = await open(browser, vp, finderAccount);
    const tag = Date.now().toString(36).slice(-5);
    const name = `보드게임${tag}`;

    // The maker: 게시판 찾기 › 게시판 만들기. A too-short name is refused next to the field.
    await maker.goto("/boards");
    await maker.getByRole("link", { name: "게시판 만들기" }).click();
    await expect(maker.getByRole("heading", { name: "게시판 만들기" })).toBeVisible();
    await maker.getByLabel("게시판 이름").fill("보");
    await maker.getByRole("button", { name: "게시판 만들기" }).click();
    await expect(maker.getByLabel("게시판 이름")).toHaveAttribute("aria-invalid", "true");
    await maker.getByLabel("게시판 이름").fill(name);
    await maker.getByLabel("게시판 소개").fill("매주 금요일 보드게임 모임");
    await maker.screenshot({ path: `${SHOTS}/board-new-${vp.name}.png`, fullPage: true });
    await maker.getByRole("button", { name: "게시판 만들기" }).click();
    await expect(maker).toHaveURL(/\/boards\/\d+$/);
    await expect(maker.getByRole("heading", { level: 1, name })).toBeVisible();
    const boardPath = new URL(maker.url()).pathname;
    const makerName = await nickname(maker);

    // The finder: 게시판 찾기 from the home page, a search by the description.
    await finder.goto("/");
    await finder
      .getByRole("navigation", { name: "게시판 더 보기" })
      .getByRole("link", { name: "게시판 찾기" })
      .click();
    await expect(finder.getByRole("heading", { level: 1, name: "게시판 찾기" })).toBeVisible();
    await finder.getByRole("searchbox", { name: "게시판 이름이나 소개" }).fill("보드게임 모임");
    await finder.getByRole("button", { name: "검색" }).click();
    await expect(finder).toHaveURL(/q=/);
    const line = finder.getByRole("listitem").filter({ has: finder.getByRole("link", { name }) });
    await expect(line).toContainText("매주 금요일 보드게임 모임");
    await expect(line).toContainText(`관리자 ${makerName}`);
    await finder.screenshot({ path: `${SHOTS}/board-finder-${vp.name}.png`, fullPage: true });

    // 즐겨찾기 from the list: the star turns on and stays on after a reload.
    const star = line.getByRole("button", { name: `${name} 즐겨찾기` });
    await expect(star).toHaveAttribute("aria-pressed", "false");
    // The star turns on at once (optimistic); the reload waits for the server action's answer, as
    // a student's would have to (a reload mid-request drops it).
    const saved = finder.waitForResponse(
      (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
    );
    await star.click();
    await expect(star).toHaveAttribute("aria-pressed", "true");
    await saved;
    await finder.reload();
    await expect(finder.getByRole("button", { name: `${name} 즐겨찾기` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    // The home page shows it first, under 즐겨찾기한 게시판.
    await finder.goto("/");
    const favorites = finder.getByRole("region", { name: "즐겨찾기한 게시판" });
    await expect(favorites.getByRole("link", { name, exact: true })).toBeVisible();
    const firstBoardHeading = finder
      .locator("main h2 a")
      .filter({ hasNotText: /HOT|BEST/ })
      .first();
    await expect(firstBoardHeading).toHaveText(name);
    await finder.screenshot({ path: `${SHOTS}/home-favorite-${vp.name}.png`, fullPage: true });

    // A post on it, as on any board.
    await finder.goto(`${boardPath}/write`);
    const title = `이번 주 모임 ${tag}`;
    await finder.getByLabel("제목").fill(title);
    await finder.getByLabel("내용").fill("이번 주는 카탄 합니다. 처음 오셔도 돼요!");
    await finder.getByRole("button", { name: "작성 완료" }).click();
    await expect(finder).toHaveURL(/\/posts\/\d+$/);
    await expect(finder.getByRole("heading", { name: title })).toBeVisible();
    await maker.goto(boardPath);
    await expect(maker.getByRole("link", { name: new RegExp(title) })).toBeVisible();
    await maker.screenshot({ path: `${SHOTS}/board-${vp.name}.png`, fullPage: true });
  });

  test(`list a book with a photo for a lecture, find it from the lecture, 쪽지 the seller, mark it sold (${vp.name} px)`, async ({
    browser,
  }) => {
    test.slow();
    const [sellerAccount, buyerAccount] =
      vp.name === "375" ? [DEMO.hanbit, DEMO.hanbitFriend] : [DEMO.hanbitFriend, DEMO.hanbit];
    const seller = await open(browser, vp, sellerAccount);
    const buyer = await open(browser, vp, buyerAccount);
    const tag = Date.now().toString(36).slice(-5);
    const title = `자료구조 연습 ${tag}`;

    // The seller: a lecture's page › 이 수업 책 팔기 (the lecture is chosen in the form).
    const { items } = (await (
      await seller.request.get("/api/v1/lectures?q=%EB%8D%B0%EC%9D%B4%ED%84%B0")
    ).json()) as {
      items: { id: number; name: string; booksOnSale: number }[];
    };
    const lecture = items[0]!;
    await seller.goto(`/lectures/${lecture.id}`);
    await seller.getByRole("link", { name: "이 수업 책 팔기" }).click();
    await expect(seller.getByRole("heading", { level: 1, name: "책 팔기" })).toBeVisible();
    await expect(seller.getByLabel("수업")).toHaveValue(String(lecture.id));
    await seller.getByLabel("책 제목").fill(title);
    await seller.getByLabel("저자").fill("김교수");
    await seller.getByLabel("ISBN").fill("978-89-6626-219-6"); // a wrong check digit
    await seller.getByLabel("가격 (원)").fill("12000");
    await seller.getByLabel("거의 새 책").check();
    await seller.getByLabel("설명").fill("필기 조금 있어요. 정문에서 거래해요.");
    await seller.getByLabel("사진 첨부").setInputFiles({
      name: "cover.png",
      mimeType: "image/png",
      buffer: pngBytes(60, 80, [40, 90, 200]),
    });
    await expect(seller.getByRole("img", { name: /첨부 사진 1/ })).toBeVisible();
    const submit = seller.getByRole("button", { name: "판매 글 올리기" });
    await expect(submit).toBeEnabled();
    await submit.click();
    await expect(seller.getByLabel("ISBN")).toHaveAttribute("aria-invalid", "true");
    await expect(seller.getByLabel("책 제목")).toHaveValue(title);
    await seller.getByLabel("ISBN").fill("");
    await seller.screenshot({ path: `${SHOTS}/book-new-${vp.name}.png`, fullPage: true });
    await seller.getByRole("button", { name: "판매 글 올리기" }).click();
    await expect(seller).toHaveURL(/\/books\/\d+$/);
    const bookPath = new URL(seller.url()).pathname;
    await expect(seller.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(seller.getByRole("img", { name: "책 사진 1" })).toBeVisible();
    const sellerName = await nickname(seller);

    // The buyer: the lecture's page counts it and links to 책방 filtered by the lecture.
    await buyer.goto(`/lectures/${lecture.id}`);
    await buyer.getByRole("link", { name: /이 수업 책 \d+권 판매 중/ }).click();
    await expect(buyer).toHaveURL(new RegExp(`/books\\?lectureId=${lecture.id}`));
    await buyer.getByRole("link", { name: new RegExp(title) }).click();
    await expect(buyer).toHaveURL(new RegExp(`${bookPath}$`));
    await expect(buyer.getByText("12,000원")).toBeVisible();
    await expect(buyer.getByText(lecture.name).first()).toBeVisible();
    await buyer.screenshot({ path: `${SHOTS}/book-${vp.name}.png`, fullPage: true });

    // 쪽지 보내기: a BOOK thread with the seller that names the book; no nickname either way.
    await buyer.getByRole("button", { name: "쪽지 보내기" }).click();
    const dialog = buyer.getByRole("dialog", { name: "쪽지 보내기" });
    await dialog.getByLabel("내용").fill("아직 구매 가능할까요? 내일 정문에서 뵐 수 있어요.");
    await dialog.getByRole("button", { name: "전송" }).click();
    await expect(buyer).toHaveURL(/\/messages\/\d+$/);
    await expect(buyer.getByText(new RegExp(`${title}.*쪽지입니다`))).toBeVisible();
    await expect(buyer.getByRole("heading", { name: "익명" })).toBeVisible();
    expect(await buyer.content()).not.toContain(sellerName);
    const threadPath = new URL(buyer.url()).pathname;
    await seller.goto(threadPath);
    await expect(seller.getByText("아직 구매 가능할까요?")).toBeVisible();
    expect(await seller.content()).not.toContain(await nickname(buyer));

    // The seller marks it 판매완료; the list says so.
    await seller.goto(bookPath);
    const statuses = seller.getByRole("group", { name: "판매 상태" });
    await statuses.getByRole("button", { name: "판매완료" }).click();
    await expect(statuses.getByRole("button", { name: "판매완료" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(seller.getByText("판매완료로 바꿨습니다.")).toBeVisible();
    await buyer.goto(`/books?lectureId=${lecture.id}`);
    await expect(buyer.getByRole("link", { name: new RegExp(title) })).toContainText("판매완료");
    await buyer.screenshot({ path: `${SHOTS}/books-${vp.name}.png`, fullPage: true });
  });
}
