import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInAs } from "./support/auth";

// 회원가입 → 로그아웃 → a refused login → 로그인 back to where the student was going → 내 정보.

function newStudent() {
  const tag = crypto.randomBytes(4).toString("hex");
  return { email: `e2e-${tag}@hanbit.ac.kr`, password: "e2e-password-1", nickname: `새내기${tag}` };
}

/** The form's own message (Next.js has a route announcer with role=alert too). */
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel("이메일").fill(email);
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "로그인", exact: true }).click();
}

/** A refused login: the form comes back with the password emptied and the message shown. */
async function expectRefused(page: Page, message: string | RegExp) {
  await expect(page.getByLabel("비밀번호")).toHaveValue("");
  await expect(formAlert(page)).toHaveText(message);
}

test("sign up, log out, fail and then pass a login, land on 내 정보, change the nickname, log out", async ({
  page,
}) => {
  const student = newStudent();

  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "회원가입" })).toBeVisible();
  // Nothing filled in: a message next to every field.
  await page.getByRole("button", { name: "회원가입" }).click();
  await expect(page.getByLabel("이메일")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("이메일을 입력해 주세요.")).toBeVisible();
  await expect(page.getByText("비밀번호는 8자 이상이어야 합니다.")).toBeVisible();
  await expect(page.getByText("닉네임은 2자 이상이어야 합니다.")).toBeVisible();
  await expect(page.getByText("학교를 선택해 주세요.")).toBeVisible();

  await page.getByLabel("이메일").fill(student.email);
  await page.getByLabel("비밀번호").fill(student.password);
  await page.getByLabel("닉네임").fill(student.nickname);
  await page.getByLabel("학교").selectOption({ label: "한빛대학교" });
  await page.getByRole("button", { name: "회원가입" }).click();

  // Signed in, on the home page.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "주 메뉴" })).toBeVisible();
  await expect(page.getByRole("banner").getByText(student.nickname)).toBeVisible();

  // Signed in, the login page is of no use.
  await page.goto("/login");
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // Signed out, 내 정보 asks for a login first and remembers where we were going.
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme$/);

  await logIn(page, student.email, "wrong-password");
  await expect(formAlert(page)).toHaveText("이메일 또는 비밀번호가 올바르지 않습니다.");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme$/);
  await expect(page.getByLabel("이메일")).toHaveValue(student.email);

  await logIn(page, student.email, student.password);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { name: "내 정보" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByText(student.email)).toBeVisible();
  await expect(main.getByText(student.nickname, { exact: true })).toBeVisible();
  await expect(main.getByText("한빛대학교")).toBeVisible();
  for (const name of ["내가 쓴 글", "댓글 단 글", "내 스크랩"])
    await expect(page.getByRole("link", { name })).toBeVisible();

  // A taken nickname is refused next to the field; a free one is saved and shown in the header.
  const nicknameInput = page.getByLabel("새 닉네임");
  await nicknameInput.fill("한빛새내기");
  await page.getByRole("button", { name: "닉네임 변경" }).click();
  await expect(page.getByText("이미 사용 중인 닉네임입니다.")).toBeVisible();
  await expect(nicknameInput).toHaveAttribute("aria-invalid", "true");

  const renamed = `${student.nickname.slice(0, 10)}바뀜`;
  await nicknameInput.fill(renamed);
  await page.getByRole("button", { name: "닉네임 변경" }).click();
  await expect(page.getByText("닉네임을 변경했습니다.")).toBeVisible();
  await expect(page.getByRole("banner").getByText(renamed)).toBeVisible();
  await page.reload();
  await expect(main.getByText(renamed, { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme$/);
});

test("a password change keeps this browser signed in and the new password is the one that works", async ({
  page,
}) => {
  const student = newStudent();
  const signup = await page.request.post("/api/v1/auth/signup", {
    data: {
      email: student.email,
      password: student.password,
      nickname: student.nickname,
      schoolId: 1,
    },
  });
  expect(signup.status()).toBe(201);

  await page.goto("/login?callbackUrl=/me");
  await logIn(page, student.email, student.password);
  await expect(page).toHaveURL(/\/me$/);

  await page.getByLabel("현재 비밀번호").fill("not-my-password");
  await page.getByLabel("새 비밀번호", { exact: true }).fill("brand-new-pass-1");
  await page.getByLabel("새 비밀번호 확인").fill("brand-new-pass-1");
  await page.getByRole("button", { name: "비밀번호 변경" }).click();
  await expect(page.getByText("현재 비밀번호가 올바르지 않습니다.")).toBeVisible();

  await page.getByLabel("현재 비밀번호").fill(student.password);
  await page.getByLabel("새 비밀번호", { exact: true }).fill("brand-new-pass-1");
  await page.getByLabel("새 비밀번호 확인").fill("brand-new-pass-2");
  await page.getByRole("button", { name: "비밀번호 변경" }).click();
  await expect(page.getByText("새 비밀번호가 서로 다릅니다.")).toBeVisible();

  await page.getByLabel("현재 비밀번호").fill(student.password);
  await page.getByLabel("새 비밀번호", { exact: true }).fill("brand-new-pass-1");
  await page.getByLabel("새 비밀번호 확인").fill("brand-new-pass-1");
  await page.getByRole("button", { name: "비밀번호 변경" }).click();
  await expect(page.getByText("비밀번호를 변경했습니다.")).toBeVisible();
  await expect(page).toHaveURL(/\/me\?changed=password$/);
  await page.goto("/me");
  await expect(page.getByRole("heading", { name: "내 정보" })).toBeVisible();

  await page.getByRole("button", { name: "로그아웃" }).click();
  await logIn(page, student.email, student.password);
  await expect(formAlert(page)).toHaveText("이메일 또는 비밀번호가 올바르지 않습니다.");
  await logIn(page, student.email, "brand-new-pass-1");
  await expect(page).toHaveURL(/\/$/);
});

test("after 5 wrong passwords the login form says to wait, even for the right one", async ({
  page,
}) => {
  const student = newStudent();
  expect(
    (
      await page.request.post("/api/v1/auth/signup", { data: { ...student, schoolId: 1 } })
    ).status(),
  ).toBe(201);
  await page.goto("/login");
  for (let i = 0; i < 5; i++) {
    await logIn(page, student.email, `wrong-${i}`);
    await expectRefused(page, "이메일 또는 비밀번호가 올바르지 않습니다.");
  }
  await logIn(page, student.email, student.password);
  await expectRefused(page, /로그인 시도가 너무 많습니다\. 15분 후에 다시 시도해 주세요\./);
  await expect(page).toHaveURL(/\/login$/);
});

test("an outside callbackUrl is ignored after login", async ({ page }) => {
  await page.goto("/login?callbackUrl=https://evil.example/steal");
  await logIn(page, "demo@hanbit.ac.kr", "campus1234");
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test("로그아웃 ends the session on the server: a copy of the cookie taken before is refused", async ({
  page,
  playwright,
  baseURL,
}) => {
  await signInAs(page, DEMO.hanbitFriend);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "주 메뉴" })).toBeVisible();
  const session = (await page.context().cookies()).find((c) =>
    c.name.includes("authjs.session-token"),
  )!;
  // Another client replaying the copied cookie: it works while the session lasts…
  const thief = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${session.name}=${session.value}` },
  });
  try {
    expect((await thief.get("/api/v1/me")).status()).toBe(200);
    await page.getByRole("button", { name: "로그아웃" }).click();
    await expect(page).toHaveURL(/\/login$/);
    // …and not once the student has signed out.
    expect((await thief.get("/api/v1/me")).status()).toBe(401);
  } finally {
    await thief.dispose();
  }
});
