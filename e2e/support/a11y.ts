import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// The accessibility check of the journeys (issue 12): axe-core's WCAG 2.1 A/AA rules on the page
// as it stands; any "serious" or "critical" violation fails, listed with where it is.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export type Scheme = "light" | "dark";

/** Runs axe on the current page; fails with a readable list of serious/critical violations. */
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

/** The pages of the journey for the signed-in demo student, with real ids found by navigating. */
export async function journeyPages(page: Page): Promise<{ label: string; path: string }[]> {
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
  if (!post || !lecture)
    throw new Error(`journey pages not found (post ${post}, lecture ${lecture})`);
  return [
    { label: "home", path: "/" },
    { label: "board", path: board },
    { label: "post", path: post },
    { label: "write", path: `${board}/write` },
    { label: "timetable", path: "/timetable" },
    { label: "lectures", path: "/lectures" },
    { label: "lecture", path: lecture },
    { label: "friends", path: "/friends" },
    { label: "내 정보", path: "/me" },
  ];
}
