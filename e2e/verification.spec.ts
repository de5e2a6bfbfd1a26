import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import {
  codeOf,
  resetLinkOf,
  startMailbox,
  waitForMail,
  type Mailbox,
} from "../tests/support/mailbox";
import { realImage } from "../tests/support/images";
import { signInAs } from "./support/auth";
import { expectNoSeriousA11yViolations } from "./support/a11y";

// 학교 인증 and 비밀번호 찾기 in the browser, with the mail read from a real SMTP server on loopback
// that this file starts.
//  - 비밀번호 찾기 runs against the journeys' server (its SMTP_URL points at E2E_SMTP_PORT, or the
//    port after E2E_PORT: scripts/e2e-server.mjs).
//  - 학교 인증 needs a server with SCHOOL_VERIFICATION=required: this file starts one of its own
//    (scripts/e2e-server.mjs on a fresh SQLite database) beside the journeys' server.

const E2E_PORT = Number(process.env.E2E_PORT ?? 3200);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? E2E_PORT + 1);
const tag = () => crypto.randomBytes(4).toString("hex");

/** axe on the page as it is, at 375 px, in light and dark (then back to the test's viewport). */
async function axeOnPhone(page: Page, label: string) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 812 });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousA11yViolations(page, `${label} (375 px, ${scheme})`);
  }
  await page.emulateMedia({ colorScheme: "light" });
  if (size) await page.setViewportSize(size);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function signUp(page: Page, email: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("이메일").fill(email);
  await page.getByLabel("비밀번호").fill(password);
  await page.getByLabel("닉네임").fill(`학생${tag()}`);
  await page.getByLabel("학교").selectOption({ label: "한빛대학교" });
  await page.getByRole("button", { name: "회원가입" }).click();
}

test.describe("비밀번호 찾기", () => {
  let mailbox: Mailbox;
  test.beforeAll(async () => {
    mailbox = await startMailbox({ port: SMTP_PORT });
  });
  test.afterAll(async () => {
    await mailbox?.close();
  });

  test("from the login page: mail, link, new password, signed in with it", async ({ page }) => {
    const email = `reset-${tag()}@gmail.com`;
    await signUp(page, email, "first-password-1");
    await expect(page).not.toHaveURL(/\/signup/);
    await page.context().clearCookies();

    await page.goto("/login");
    await page.getByRole("link", { name: "비밀번호 찾기" }).click();
    await expect(page.getByRole("heading", { name: "비밀번호 찾기" })).toBeVisible();
    await axeOnPhone(page, "/forgot-password");
    await page.getByLabel("이메일").fill(email);
    await page.getByRole("button", { name: "재설정 링크 받기" }).click();
    await expect(page.getByText("비밀번호 재설정 링크를 보냈습니다")).toBeVisible();

    const [mail] = await waitForMail(mailbox.dir, email);
    const link = new URL(resetLinkOf(mail));
    await page.goto(`${link.pathname}${link.search}`);
    await axeOnPhone(page, "/reset-password");
    await page.getByLabel("새 비밀번호", { exact: true }).fill("second-password-2");
    await page.getByLabel("새 비밀번호 확인").fill("second-password-2");
    await page.getByRole("button", { name: "비밀번호 바꾸기" }).click();
    await expect(page).toHaveURL(/\/login\?reset=done/);
    await expect(page.getByText("새 비밀번호로 로그인해 주세요.")).toBeVisible();

    await page.getByLabel("이메일").fill(email);
    await page.getByLabel("비밀번호", { exact: true }).fill("second-password-2");
    await page.getByRole("button", { name: "로그인", exact: true }).click();
    await expect(page).not.toHaveURL(/\/login/);
    const changed = await waitForMail(mailbox.dir, email, { count: 2 });
    expect(changed[1].subject).toContain("비밀번호가 변경되었습니다");
  });
});

test.describe("학교 인증 (a server with SCHOOL_VERIFICATION=required)", () => {
  let mailbox: Mailbox;
  let server: ChildProcess;
  let baseURL = "";
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-e2e-verify-"));

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    mailbox = await startMailbox();
    const port = await freePort();
    baseURL = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      E2E_DATA_DIR: dataDir,
      SCHOOL_VERIFICATION: "required",
      SMTP_URL: mailbox.url,
      APP_URL: baseURL,
    };
    delete env.E2E_DATABASE_URL; // its own SQLite database, whatever the journeys' server uses
    server = spawn(process.execPath, ["scripts/e2e-server.mjs", String(port)], {
      env,
      stdio: "ignore",
    });
    for (let i = 0; i < 600; i++) {
      try {
        if ((await fetch(`${baseURL}/api/v1/health`)).ok) return;
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("the verification server did not start");
  });
  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await mailbox?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test("sign up with gmail, bounced to 학교 인증, code from the mail, then the boards", async ({
    page,
  }) => {
    await page.goto(`${baseURL}/signup`);
    await page.getByLabel("이메일").fill(`fresh-${tag()}@gmail.com`);
    await page.getByLabel("비밀번호").fill("verify-password-1");
    await page.getByLabel("닉네임").fill(`인증${tag()}`);
    await page.getByLabel("학교").selectOption({ label: "한빛대학교" });
    await page.getByRole("button", { name: "회원가입" }).click();

    await expect(page).toHaveURL(/\/verify$/);
    await expect(page.getByRole("heading", { name: "학교 인증", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "학교 인증 안내" })).toBeVisible();
    // Any page of the school sends the student back here.
    await page.goto(`${baseURL}/timetable`);
    await expect(page).toHaveURL(/\/verify$/);

    const address = `student-${tag()}@hanbit.ac.kr`;
    await page.getByRole("textbox", { name: "학교 이메일" }).fill("someone@gmail.com");
    await page.getByRole("button", { name: "인증 코드 받기" }).click();
    await expect(
      page.getByText("한빛대학교 학교 이메일(@hanbit.ac.kr)을 입력해 주세요."),
    ).toBeVisible();
    await page.getByRole("textbox", { name: "학교 이메일" }).fill(address);
    await page.getByRole("button", { name: "인증 코드 받기" }).click();
    await expect(page.getByRole("button", { name: /초 후 다시 받기/ })).toBeDisabled();

    const code = codeOf((await waitForMail(mailbox.dir, address))[0]);
    await page.getByLabel("인증 코드").fill(code);
    await page.getByRole("button", { name: "인증하기" }).click();
    await expect(page.getByText("학교 인증을 마쳤어요.")).toBeVisible();
    await expect(page.getByRole("region", { name: "인증 상태" })).toContainText("재학생");

    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("heading", { name: "자유게시판" })).toBeVisible();
    await expect(page.getByRole("region", { name: "학교 인증 안내" })).toHaveCount(0);
  });

  test("without webmail: a 학생증 photo, the school's admin approves it, then the boards", async ({
    page,
    browser,
  }) => {
    await page.goto(`${baseURL}/signup`);
    await page.getByLabel("이메일").fill(`doc-${tag()}@gmail.com`);
    await page.getByLabel("비밀번호").fill("verify-password-1");
    await page.getByLabel("닉네임").fill(`서류${tag()}`);
    await page.getByLabel("학교").selectOption({ label: "한빛대학교" });
    await page.getByRole("button", { name: "회원가입" }).click();
    await expect(page).toHaveURL(/\/verify$/);
    await axeOnPhone(page, "/verify, unverified");

    const documents = page.getByRole("region", { name: "서류로 인증" });
    await documents.getByRole("radio", { name: "학생증 (재학생)" }).check();
    await documents.getByLabel("사진").setInputFiles({
      name: "student-card.jpg",
      mimeType: "image/jpeg",
      buffer: await realImage("jpeg", 640, 400),
    });
    await documents.getByRole("button", { name: "서류 제출" }).click();
    await expect(documents.getByRole("status")).toContainText("서류를 제출했습니다.");
    await expect(documents.getByText("제출한 서류를 확인하고 있어요.")).toBeVisible();
    // Still unverified until someone decides.
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(/\/verify$/);

    const admin = await browser.newContext({ baseURL });
    const adminPage = await admin.newPage();
    await signInAs(adminPage, { email: "admin@hanbit.ac.kr", password: "campus1234" });
    await adminPage.goto("/me");
    await adminPage
      .getByRole("navigation", { name: "학교 관리" })
      .getByRole("link", { name: "학교 인증 심사" })
      .click();
    await expect(
      adminPage.getByRole("heading", { name: "학교 인증 심사", level: 1 }),
    ).toBeVisible();
    const photo = adminPage.getByRole("img", { name: /님이 제출한 학생증/ }).last();
    await expect(photo).toBeVisible();
    await axeOnPhone(adminPage, "/admin/verifications");
    // The photo really loads (served to the admin, under the CSP).
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const item = adminPage.getByRole("listitem").filter({ has: photo });
    await item.getByRole("button", { name: "승인" }).click();
    await expect(item).toHaveCount(0);
    await admin.close();

    await page.goto(`${baseURL}/verify`);
    await expect(page.getByRole("region", { name: "인증 상태" })).toContainText("재학생");
    await page.goto(`${baseURL}/`);
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByRole("heading", { name: "자유게시판" })).toBeVisible();
  });
});
