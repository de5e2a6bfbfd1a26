import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { signInAs } from "./support/auth";

// The timetable additions journey: 시간표 마법사 with 4 courses and apply the best result, 직접 추가
// an event and see it on the grid, download the .ics and parse it, save the grid as an image, and
// fill the 학점 계산기 from the timetable. A plain seeded student, so other journeys' demo
// timetables do not matter. Screenshots (375 px and desktop) go to screenshots/ for review.

const STUDENT = { email: "student07@hanbit.ac.kr", password: "campus1234" };

async function shoot(page: Page, name: string) {
  fs.mkdirSync("screenshots", { recursive: true });
  await page.screenshot({ path: `screenshots/tt-${name}-desktop.png`, fullPage: true });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: `screenshots/tt-${name}-375.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test("wizard, 직접 추가, calendar export, image and 학점 계산기", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, STUDENT);

  // 시간표 마법사: 4 courses, every section of each in one tap.
  await page.goto("/timetable");
  await page.getByRole("link", { name: "시간표 마법사" }).click();
  await expect(page.getByRole("heading", { name: "시간표 마법사", level: 1 })).toBeVisible();
  const search = page.getByRole("region", { name: "과목 담기" });
  for (const name of ["대학글쓰기", "미적분학1", "컴퓨팅사고와파이썬", "서양철학의이해"]) {
    await search.getByRole("searchbox", { name: "과목 검색" }).fill(name);
    await search.getByRole("button", { name: "검색" }).click();
    await search.getByRole("button", { name: `${name} 전 분반 담기` }).click();
    await expect(search.getByRole("button", { name: `${name} 전 분반 담기` })).toHaveText("담음");
  }
  const chosen = page.getByTestId("chosen-course");
  await expect(chosen).toHaveCount(4);
  // 대학글쓰기 has three sections, all ticked.
  await expect(chosen.first().getByRole("checkbox")).toHaveCount(3);
  await page.getByRole("button", { name: "시간표 만들기" }).click();
  // 서양철학의이해 forces 미적분학1-02; 대학글쓰기-03 clashes with 컴퓨팅사고와파이썬-01: 5 of 12 fit.
  await expect(page.getByTestId("wizard-total")).toHaveText("5개 조합");
  const results = page.getByTestId("wizard-result");
  await expect(results).toHaveCount(5);
  await expect(results.first()).toContainText("공강 화목");
  await shoot(page, "wizard");
  await results.first().getByRole("button", { name: "시간표 1에 적용" }).click();
  await expect(page).toHaveURL(/\/timetable\?semester=2026-2&id=\d+/);
  const grid = page.getByRole("region", { name: "시간표 1 시간표" });
  await expect(grid.getByText("서양철학의이해", { exact: true })).toHaveCount(2);
  await expect(grid.getByText("미적분학1", { exact: true })).toHaveCount(3);
  await expect(page.getByTestId("total-credits")).toHaveText("11");

  // 직접 추가: 금 21:00–22:30, then it is on the grid in its own block.
  await page.getByRole("button", { name: "직접 추가" }).click();
  const form = page.getByRole("form", { name: "일정 직접 추가" });
  await form.getByLabel("일정 이름").fill("밴드 합주");
  await form.getByLabel("장소 (선택)").fill("학생회관 201");
  await form.getByLabel("1번째 시간 요일").selectOption("FRI");
  await form.getByLabel("1번째 시간 시작").fill("21:00");
  await form.getByLabel("1번째 시간 끝").fill("22:30");
  await form.getByRole("button", { name: "추가", exact: true }).click();
  await expect(
    page.getByRole("status").getByText("밴드 합주를 시간표에 추가했습니다."),
  ).toBeVisible();
  const block = grid.locator("[data-event-id]");
  await expect(block).toHaveCount(1);
  await expect(block).toContainText("밴드 합주");
  await expect(block).toContainText("학생회관 201");
  // An overlapping event is refused, naming what it overlaps.
  await page.getByRole("button", { name: "직접 추가" }).click();
  await form.getByLabel("일정 이름").fill("스터디");
  await form.getByLabel("1번째 시간 요일").selectOption("MON");
  await form.getByLabel("1번째 시간 시작").fill("11:00");
  await form.getByLabel("1번째 시간 끝").fill("12:00");
  await form.getByRole("button", { name: "추가", exact: true }).click();
  await expect(
    page.getByRole("alert").getByText("서양철학의이해 수업과 같은 시간에 이미 수업이 있습니다"),
  ).toBeVisible();
  await form.getByRole("button", { name: "취소" }).click();
  await shoot(page, "timetable");

  // 캘린더로 내보내기: a real .ics, parsed.
  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "캘린더로 내보내기" }).click(),
  ]);
  const text = fs.readFileSync((await ics.path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  // 서양철학의이해 ×2, 미적분학1 ×3, 대학글쓰기 ×1, 컴퓨팅사고와파이썬 ×2, 밴드 합주 ×1.
  expect(events).toHaveLength(9);
  const band = events.find((e) => e.getFirstPropertyValue("summary") === "밴드 합주")!;
  expect(band.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Asia/Seoul");
  expect(String(band.getFirstPropertyValue("dtstart"))).toBe("2026-09-04T21:00:00");
  expect((band.getFirstPropertyValue("rrule") as ICAL.Recur).freq).toBe("WEEKLY");

  // 구독 링크 복사 shows the secret link, which works without a session.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "구독 링크 복사" }).click();
  const link = await page.getByLabel(/구독 링크 \(비밀/).inputValue();
  expect(link).toMatch(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feed = await fetch(link); // Node's fetch: no cookies, no header
  expect(feed.status).toBe(200);
  expect(await feed.text()).toContain("SUMMARY:밴드 합주");

  // 이미지로 저장: a PNG drawn in the browser.
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "이미지로 저장" }).click(),
  ]);
  expect(png.suggestedFilename()).toBe("시간표 1.png");
  const bytes = fs.readFileSync((await png.path())!);
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.length).toBeGreaterThan(5000);

  // 학점 계산기: pre-filled from the primary timetable.
  await page.getByRole("link", { name: "학점 계산기" }).click();
  await expect(page.getByRole("heading", { name: "학점 계산기", level: 1 })).toBeVisible();
  await expect(page.getByText("이 학기 기본 시간표의 수업으로 채웠습니다.")).toBeVisible();
  await expect(page.getByTestId("grade-row")).toHaveCount(4);
  await expect(page.getByLabel("1번째 과목명")).toHaveValue("대학글쓰기");
  await expect(page.getByLabel("1번째 학점")).toHaveValue("2");
  for (const [i, grade] of ["A+", "A0", "B+", "P"].entries())
    await page.getByLabel(`${i + 1}번째 성적`).selectOption(grade);
  // (4.5·2 + 4.0·3 + 3.5·3) / 8 = 3.9375; 서양철학의이해 is P: credits only.
  await expect(page.getByTestId("semester-gpa")).toHaveText("3.94");
  await page.getByRole("button", { name: "저장", exact: true }).click();
  await expect(page.getByText("2026년 2학기 성적을 저장했습니다.")).toBeVisible();
  await expect(page.getByTestId("total-gpa")).toContainText("3.94");
  await expect(page.getByTestId("total-credits")).toHaveText("11");
  await expect(page.getByRole("img", { name: /학기별 평점: 2026년 2학기 3.94/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("4번째 성적")).toHaveValue("P");
  await shoot(page, "grades");
});
