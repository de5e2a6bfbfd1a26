import { expect, test } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// The timetable journey: drill down the 전공/영역 picker, search, add lectures, be refused on a
// time conflict, see the blocks, share with friends; the friend sees them; write a 강의평.

test("build a timetable, share it with a friend, review a lecture", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, DEMO.hanbit);
  await page.goto("/timetable");
  await expect(page.getByRole("heading", { name: "시간표", level: 1 })).toBeVisible();
  const panel = page.getByRole("region", { name: "수업 목록" });

  // Drill down 교양 › 일반교양 › 16이후, 공학 › 인문계열, one level at a time: by mouse, then by
  // keyboard (focus moves on to the next level's first child, at a leaf to the breadcrumb).
  await panel
    .getByRole("list", { name: "전공/영역" })
    .getByRole("button", { name: /^교양/ })
    .click();
  await panel
    .getByRole("list", { name: "교양의 하위 분류" })
    .getByRole("button", { name: /^일반교양/ })
    .click();
  const level3 = panel
    .getByRole("list", { name: "일반교양의 하위 분류" })
    .getByRole("button", { name: /^16이후, 공학/ });
  await expect(level3).toBeFocused();
  await page.keyboard.press("Enter");
  const leaf = panel
    .getByRole("list", { name: "16이후, 공학의 하위 분류" })
    .getByRole("button", { name: /^인문계열/ });
  await expect(leaf).toBeFocused();
  await page.keyboard.press("Enter");
  const crumbs = panel.getByRole("navigation", { name: "전공/영역 경로" });
  await expect(crumbs.getByRole("button", { name: "인문계열" })).toBeFocused();
  await expect(crumbs.getByRole("button")).toHaveText([
    "전체",
    "교양",
    "일반교양",
    "16이후, 공학",
    "인문계열",
  ]);
  await expect(crumbs.getByRole("button", { name: "인문계열" })).toHaveAttribute(
    "aria-current",
    "location",
  );

  const results = panel.getByRole("list", { name: "검색된 수업" });
  await expect(results.getByText("문학과사회", { exact: true })).toBeVisible();

  // Search within the chosen domain.
  await panel.getByRole("searchbox", { name: "수업 검색" }).fill("철학");
  await panel.getByRole("button", { name: "검색" }).click();
  await expect(results.getByText("서양철학의이해", { exact: true })).toBeVisible();
  await expect(results.getByText("문학과사회", { exact: true })).toHaveCount(0);
  await panel.getByRole("button", { name: "서양철학의이해 추가" }).click();
  await expect(
    page.getByRole("status").getByText("서양철학의이해를 시간표에 추가했습니다."),
  ).toBeVisible();
  await expect(panel.getByRole("button", { name: "서양철학의이해 추가됨" })).toBeDisabled();

  // Back to the whole domain; 문학과사회 starts when 서양철학의이해 ends: no conflict.
  await panel.getByRole("searchbox", { name: "수업 검색" }).fill("");
  await panel.getByRole("button", { name: "검색" }).click();
  await panel.getByRole("button", { name: "문학과사회 추가" }).click();
  await expect(
    page.getByRole("status").getByText("문학과사회를 시간표에 추가했습니다."),
  ).toBeVisible();

  // 한국근현대사의이해 (월 10:00–11:15) overlaps 서양철학의이해 (월 10:30–11:45).
  await panel.getByRole("button", { name: "한국근현대사의이해 추가" }).click();
  await expect(
    page.getByRole("alert").getByText("서양철학의이해 수업과 같은 시간에 이미 수업이 있습니다"),
  ).toBeVisible();

  // Two blocks each (월, 수) on the grid, total credits summed.
  const grid = page.getByRole("region", { name: "시간표 1 시간표" });
  await expect(grid.getByText("서양철학의이해", { exact: true })).toHaveCount(2);
  await expect(grid.getByText("문학과사회", { exact: true })).toHaveCount(2);
  await expect(grid.getByText("한국근현대사의이해", { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("total-credits")).toHaveText("6");

  // Share with friends.
  await page.getByText("시간표 설정").click();
  await page.getByLabel("공개 범위").selectOption("FRIENDS");
  await page.getByRole("button", { name: "저장", exact: true }).click();
  await expect(page.getByText("공개 범위를 바꿨습니다.")).toBeVisible();
  await expect(page.getByText("친구 공개", { exact: true }).first()).toBeVisible();

  // The friend (already friends in the seed) sees the blocks, read-only.
  const friendContext = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: "ko-KR",
  });
  const friendPage = await friendContext.newPage();
  await signInAs(friendPage, DEMO.hanbitFriend);
  await friendPage.goto("/friends");
  await friendPage.getByRole("link", { name: /한빛새내기/ }).click();
  await expect(friendPage).toHaveURL(/\/friends\/\d+$/);
  const friendGrid = friendPage.getByRole("region", { name: "한빛새내기님의 시간표" });
  await expect(friendGrid.getByText("서양철학의이해", { exact: true })).toHaveCount(2);
  await expect(friendGrid.getByText("문학과사회", { exact: true })).toHaveCount(2);
  await expect(friendPage.getByRole("button", { name: /삭제/ })).toHaveCount(0);
  await friendContext.close();

  // Write a 강의평 on the lecture's page.
  await page.goto("/lectures?q=서양철학의이해");
  await page
    .getByRole("link", { name: /서양철학의이해/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "서양철학의이해", level: 1 })).toBeVisible();
  // The reviews come first; the form opens from 강의평 쓰기.
  await expect(page.getByLabel("과제")).toBeHidden();
  await page.getByRole("button", { name: "강의평 쓰기" }).click();
  await page.locator("label").filter({ hasText: "4점" }).click();
  await page.getByLabel("과제").selectOption({ label: "보통" });
  await page.getByLabel("학점 비율").selectOption({ label: "비율채워줌" });
  await page.getByLabel("출결", { exact: true }).selectOption({ label: "가끔체크" });
  await page.getByLabel("강의평", { exact: true }).fill("짧은 글");
  await page.getByRole("button", { name: "강의평 등록" }).click();
  await expect(page.getByText("강의평은 20자 이상 작성해 주세요.")).toBeVisible();
  // A refusal keeps what was entered.
  await expect(page.getByLabel("강의평", { exact: true })).toHaveValue("짧은 글");
  await expect(page.getByLabel("과제")).toHaveValue("NORMAL");
  await expect(page.getByRole("radio", { name: "4점" })).toBeChecked();
  await page
    .getByLabel("강의평", { exact: true })
    .fill("토론 위주라 매주 읽을거리가 있지만 생각하는 힘이 늘어요. 추천합니다!");
  await page.getByRole("button", { name: "강의평 등록" }).click();
  await expect(page.getByText("강의평을 등록했습니다.")).toBeVisible();
  const reviews = page.getByRole("region", { name: /^강의평 \d+개/ });
  await expect(
    reviews.getByText("토론 위주라 매주 읽을거리가 있지만 생각하는 힘이 늘어요. 추천합니다!"),
  ).toBeVisible();
  await expect(reviews.getByText("과제 보통")).toBeVisible();
  await expect(reviews.getByText("학점 비율채워줌")).toBeVisible();
  await expect(reviews.getByText("내 강의평")).toBeVisible();
  await expect(
    page.getByText("이 수업의 강의평을 이미 작성했습니다.", { exact: false }),
  ).toBeVisible();
});
