import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { SCHOOLS } from "@/prisma/seed-data/schools";
import { studentsFor } from "@/prisma/seed-data/accounts";
import { DEMO, signInAs } from "./support/auth";

// The timetable on a 375 px phone: 수업 목록 in a bottom sheet with the grid still in view, the
// filter chips and the empty state that names the hiding filter, lectures in distinct colours,
// and a tap on a block to remove it. A plain seeded student, so other journeys do not matter.
// Screenshots go to screenshots/ for review.

const STUDENT = { email: "student08@hanbit.ac.kr", password: "campus1234" };

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

async function shoot(page: Page, name: string) {
  fs.mkdirSync("screenshots", { recursive: true });
  await page.screenshot({ path: `screenshots/tt-phone-${name}-375.png` });
}

test("build a timetable on a phone: sheet, filters, colours, remove by tap", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, STUDENT);
  await page.goto("/timetable");
  const grid = page.getByRole("region", { name: "시간표 1 시간표" });
  await expect(grid).toBeVisible();
  // No side panel on a phone: the list opens in a sheet.
  await expect(page.getByRole("region", { name: "수업 목록" })).toHaveCount(0);
  const open = page.getByRole("button", { name: "+ 수업 추가" });
  // The button is docked above the grid, not floating over it.
  const openBox = (await open.boundingBox())!;
  expect(openBox.y + openBox.height).toBeLessThanOrEqual((await grid.boundingBox())!.y);
  await open.click();
  const sheet = page.getByRole("dialog", { name: "수업 목록" });
  await expect(sheet).toBeVisible();
  // The sheet takes the lower part of the screen; the grid's top is in view above it.
  const sheetBox = (await sheet.boundingBox())!;
  expect(sheetBox.width).toBeGreaterThan(360);
  expect(sheetBox.y).toBeGreaterThan(812 * 0.35);
  await expect.poll(async () => (await grid.boundingBox())!.y).toBeLessThan(sheetBox.y - 150);
  await expect.poll(async () => (await grid.boundingBox())!.y).toBeGreaterThanOrEqual(0);

  // Escape closes it and focus goes back to the button; reopening keeps what was chosen.
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(open).toBeFocused();
  await open.click();
  await expect(sheet).toBeVisible();
  // Focus stays inside the sheet.
  for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
  expect(await sheet.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  // A 전공/영역 filter that hides the results is named, and cleared in one tap.
  await sheet
    .getByRole("list", { name: "전공/영역" })
    .getByRole("button", { name: /^전공/ })
    .click();
  await expect(sheet.getByRole("list", { name: "전공의 하위 분류" })).toBeVisible();
  await sheet.getByRole("searchbox", { name: "수업 검색" }).fill("서양철학");
  await sheet.getByRole("button", { name: "검색", exact: true }).click();
  await expect(sheet.getByText("‘전공’ 안에는 “서양철학”에 맞는 수업이 없습니다.")).toBeVisible();
  await expect(
    sheet.getByRole("group", { name: "적용된 필터" }).getByText("전공", { exact: true }),
  ).toBeVisible();
  await sheet.getByRole("button", { name: "전체 전공/영역에서 찾기" }).click();
  const results = sheet.getByRole("list", { name: "검색된 수업" });
  await expect(results.getByText("서양철학의이해", { exact: true })).toBeVisible();
  await sheet.getByRole("button", { name: "필터 “서양철학” 지우기" }).click();
  await expect(sheet.getByRole("group", { name: "적용된 필터" })).toHaveCount(0);

  // Add two lectures from the sheet; their blocks appear on the grid behind it, in two colours.
  await sheet.getByRole("searchbox", { name: "수업 검색" }).fill("서양철학의이해");
  await sheet.getByRole("button", { name: "검색", exact: true }).click();
  await sheet.getByRole("button", { name: "서양철학의이해 추가" }).click();
  await expect(
    sheet.getByRole("status").getByText("서양철학의이해를 시간표에 추가했습니다."),
  ).toBeVisible();
  const firstBlock = grid
    .locator("[data-lecture-id]")
    .filter({ hasText: "서양철학의이해" })
    .first();
  const colourBefore = await firstBlock.evaluate((el) => getComputedStyle(el).backgroundColor);
  await sheet.getByRole("searchbox", { name: "수업 검색" }).fill("문학과사회");
  await sheet.getByRole("button", { name: "검색", exact: true }).click();
  await sheet.getByRole("button", { name: "문학과사회 추가" }).click();
  await expect(
    sheet.getByRole("status").getByText("문학과사회를 시간표에 추가했습니다."),
  ).toBeVisible();
  await expect(grid.locator("[data-lecture-id]")).toHaveCount(4);
  await shoot(page, "sheet");
  await sheet.getByRole("button", { name: "닫기", exact: true }).click();
  await expect(sheet).toBeHidden();

  const first = grid.locator("[data-lecture-id]").filter({ hasText: "서양철학의이해" });
  const second = grid.locator("[data-lecture-id]").filter({ hasText: "문학과사회" });
  const bg = (l: typeof first) => l.first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const [a, b] = [await bg(first), await bg(second)];
  expect(a).not.toBe(b);
  // Adding a lecture never recolours the ones already there.
  expect(a).toBe(colourBefore);
  // The same lecture keeps its colour on every day it meets.
  expect(await first.last().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(a);
  // Readable: the name is not cut mid-word where it fits (문학과사회 on one line).
  const lines = await second
    .first()
    .locator("span")
    .first()
    .evaluate((el) =>
      Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
    );
  expect(lines).toBe(1);

  // Tap a block: its sheet shows the lecture and removes it.
  await first.first().click();
  const detail = page.getByRole("dialog", { name: "서양철학의이해" });
  await expect(detail).toBeVisible();
  await expect(detail.getByText(/월 10:30–11:45/)).toBeVisible();
  await shoot(page, "block");
  await detail.getByRole("button", { name: "서양철학의이해 삭제" }).click();
  await expect(
    page.getByRole("status").getByText("서양철학의이해를 시간표에서 뺐습니다."),
  ).toBeVisible();
  await expect(detail).toBeHidden();
  await expect(first).toHaveCount(0);
  // Colours follow the order of addition: the one left is now the first (docs/DECISIONS.md).
  expect(await bg(second)).toBe(a);
});

test("the 강의평가 home shows recent reviews and the most reviewed lectures, anonymously", async ({
  page,
}) => {
  await signInAs(page, DEMO.hanbit);
  await page.goto("/lectures");
  const recent = page.getByRole("region", { name: "최근 강의평" });
  await expect(recent.getByRole("listitem")).toHaveCount(6);
  await expect(recent.getByText(/수강자/).first()).toBeVisible();
  const top = page.getByRole("region", { name: "요즘 강의평 많은 수업" });
  await expect(top.getByRole("listitem")).toHaveCount(5);
  // No "강의평 없음" rows on the home; every ranked lecture has reviews.
  await expect(page.getByText("강의평 없음")).toHaveCount(0);
  // Anonymous: no reviewer's nickname anywhere in the page (the seed's reviewers are its students).
  const html = await page.content();
  const hanbit = SCHOOLS.find((s) => s.name === "한빛대학교")!;
  for (const student of studentsFor(hanbit)) expect(html).not.toContain(student.nickname);
  await fs.promises.mkdir("screenshots", { recursive: true });
  await page.screenshot({ path: "screenshots/lectures-home-375.png", fullPage: true });
});
