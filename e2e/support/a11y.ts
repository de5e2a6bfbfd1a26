import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// The accessibility check of the journeys (issue 12): axe-core's WCAG 2.1 A/AA rules on the page
// as it stands; any "serious" or "critical" violation fails, listed with where it is.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type Scheme = "light" | "dark";

/**
 * Waits until the page shows its real content: its <h1> (with `heading`, that text) and no loading
 * region left anywhere. A page load can end while React still holds a streamed part back for a
 * moment, and a client-side list may still be fetching; axe must not race either (issue 27).
 */
export async function waitForContent(page: Page, heading?: string | RegExp) {
  const h1 = page.locator("main h1").first();
  await expect(h1).toBeAttached();
  if (heading) await expect(h1).toHaveText(heading);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/**
 * Runs axe on the current page; fails with a readable list of serious/critical violations. The
 * caller decides what the page must show first (waitForContent for a page as a student sees it).
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string) {
  await expect(page.locator("main")).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const serious = result.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  const report = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(" ")} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`)
        .join(" | ")}`,
  );
  expect(report, `axe on ${label}`).toEqual([]);
}

/**
 * The pages of the journey for the signed-in demo student, with real ids found by navigating, and
 * the text of each page's <h1> where it is fixed (the rest show a board's, post's or lecture's name).
 */
export async function journeyPages(
  page: Page,
): Promise<{ label: string; path: string; heading?: string }[]> {
  await page.goto("/");
  const board = await page
    .getByRole("heading", { name: "자유게시판" })
    .getByRole("link")
    .getAttribute("href");
  if (!board) throw new Error("no 자유게시판 link on the home page");
  await page.goto(board);
  const post = await page.locator('a[href^="/posts/"]').first().getAttribute("href");
  await page.goto("/lectures?q=%EB%8D%B0%EC%9D%B4%ED%84%B0"); // 데이터: a search that lists lectures
  const lecture = await page
    .locator("main a[href]")
    .evaluateAll((links) =>
      links.map((a) => a.getAttribute("href") ?? "").find((href) => /^\/lectures\/\d+$/.test(href)),
    );
  // 책방: the newest listing (the seed has some); a student board the demo student manages.
  const books = (await (await page.request.get("/api/v1/books?limit=1")).json()) as {
    items: { id: number }[];
  };
  const me = (await (await page.request.get("/api/v1/me")).json()) as { nickname: string };
  const boards = (await (await page.request.get("/api/v1/boards?kind=USER&limit=100")).json()) as {
    items: { id: number; manager?: { nickname: string } }[];
  };
  const book = books.items[0]?.id;
  const managed = boards.items.find((b) => b.manager?.nickname === me.nickname)?.id;
  if (!post || !lecture || !book || !managed)
    throw new Error(
      `journey pages not found (post ${post}, lecture ${lecture}, book ${book}, board ${managed})`,
    );
  return [
    { label: "home", path: "/", heading: "게시판" },
    { label: "board", path: board },
    { label: "post", path: post },
    { label: "write", path: `${board}/write`, heading: "글쓰기" },
    { label: "timetable", path: "/timetable", heading: "시간표" },
    { label: "lectures", path: "/lectures", heading: "강의평가" },
    { label: "lecture", path: lecture },
    { label: "friends", path: "/friends", heading: "친구" },
    { label: "내 정보", path: "/me", heading: "내 정보" },
    { label: "게시판 찾기", path: "/boards", heading: "게시판 찾기" },
    { label: "게시판 만들기", path: "/boards/new", heading: "게시판 만들기" },
    { label: "게시판 관리", path: `/boards/${managed}/manage` },
    { label: "책방", path: "/books", heading: "책방" },
    { label: "book", path: `/books/${book}` },
    { label: "책 팔기", path: "/books/new", heading: "책 팔기" },
  ];
}
