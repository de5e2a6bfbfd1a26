import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// 학교 인증 codes and 비밀번호 찾기 tokens against a clock the test controls (every service takes
// `now`), the look-alike domains, and mail that never holds up a request. Without SMTP_URL the
// mail is an .eml file in MAIL_DIR (the fresh-clone path), which is where the codes are read.
const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-unit-mail-"));
process.env.MAIL_DIR = mailDir;
delete process.env.SMTP_URL;

const { prisma } = await import("@/lib/db");
const { isSchoolAddress } = await import("@/lib/verification/domains");
const email = await import("@/lib/verification/email");
const reset = await import("@/lib/account/password-reset");
const { pendingMailCount } = await import("@/lib/mail/queue");
const { makeViewer, firstSchoolId, uniqueTag } = await import("../support/viewers");

const T0 = new Date("2026-03-02T09:00:00.000Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

/** The plain-text bodies of the .eml files addressed to `to`, oldest first. */
async function mailTo(to: string, count = 1): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const texts: string[] = [];
    for (const f of fs
      .readdirSync(mailDir)
      .filter((f) => f.endsWith(".eml"))
      .sort()) {
      const mail = await simpleParser(fs.readFileSync(path.join(mailDir, f)));
      const rcpt = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address));
      if (rcpt.includes(to)) texts.push(mail.text ?? "");
    }
    if (texts.length >= count) return texts;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${to}`);
}
const codeIn = (text: string) => /인증 코드: (\d{6})/.exec(text)![1];

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "none";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

afterAll(() => fs.rmSync(mailDir, { recursive: true, force: true }));

describe("school addresses", () => {
  it("the domain or a subdomain of it, never a look-alike", () => {
    const domains = ["hanbit.ac.kr"];
    expect(isSchoolAddress("a@hanbit.ac.kr", domains)).toBe(true);
    expect(isSchoolAddress("a@mail.hanbit.ac.kr", domains)).toBe(true);
    expect(isSchoolAddress("a@HANBIT.AC.KR", domains)).toBe(true);
    expect(isSchoolAddress("a@hanbit.ac.kr.evil.example", domains)).toBe(false);
    expect(isSchoolAddress("a@evilhanbit.ac.kr", domains)).toBe(false);
    expect(isSchoolAddress("hanbit.ac.kr@gmail.com", domains)).toBe(false);
    expect(isSchoolAddress("a@ac.kr", domains)).toBe(false);
  });
});

describe("학교 인증 codes", () => {
  let schoolId: number;
  beforeAll(async () => {
    schoolId = await firstSchoolId();
  });

  async function unverified() {
    const v = await makeViewer({ schoolId });
    await prisma.user.update({ where: { id: v.id }, data: { verification: "NONE" } });
    return { ...v, verification: "NONE" as const };
  }

  it("valid for 10 minutes by the clock, written to .data/mail/ without SMTP_URL", async () => {
    const viewer = await unverified();
    const address = `clock-${uniqueTag()}@hanbit.ac.kr`;
    const sent = await email.requestEmailCode(viewer, { schoolEmail: address }, T0);
    expect(sent.expiresAt).toBe(at(10 * 60_000).toISOString());
    const code = codeIn((await mailTo(address))[0]);
    expect(await errorCode(email.confirmEmailCode(viewer, { code }, at(10 * 60_000)))).toBe(
      "CODE_EXPIRED",
    );
    // A new request (a minute later, as the pacing allows) replaces it; in time it verifies.
    await email.requestEmailCode(viewer, { schoolEmail: address }, at(11 * 60_000));
    const second = codeIn((await mailTo(address, 2))[1]);
    expect(await errorCode(email.confirmEmailCode(viewer, { code }, at(12 * 60_000)))).toMatch(
      /INVALID_CODE|CODE_EXPIRED/,
    );
    const ok = await email.confirmEmailCode(viewer, { code: second }, at(20 * 60_000));
    expect(ok).toEqual({ verification: "STUDENT", schoolEmail: address });
  });

  it("a request within the minute is refused, and the next minute is not", async () => {
    const viewer = await unverified();
    const address = `pace-${uniqueTag()}@hanbit.ac.kr`;
    await email.requestEmailCode(viewer, { schoolEmail: address }, T0);
    expect(
      await errorCode(email.requestEmailCode(viewer, { schoolEmail: address }, at(59_000))),
    ).toBe("RATE_LIMITED");
    await email.requestEmailCode(viewer, { schoolEmail: address }, at(61_000));
  });
});

describe("비밀번호 찾기 tokens", () => {
  it("valid 60 minutes by the clock, single use", async () => {
    const user = await makeViewer();
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { email: true },
    });
    const token = (await reset.issuePasswordReset(row.email, T0))!;
    expect(
      await errorCode(
        reset.confirmPasswordReset({ token, password: "new-password-1" }, at(60 * 60_000)),
      ),
    ).toBe("INVALID_TOKEN");
    const fresh = (await reset.issuePasswordReset(row.email, at(61 * 60_000)))!;
    await reset.confirmPasswordReset({ token: fresh, password: "new-password-1" }, at(62 * 60_000));
    expect(
      await errorCode(
        reset.confirmPasswordReset({ token: fresh, password: "new-password-2" }, at(63 * 60_000)),
      ),
    ).toBe("INVALID_TOKEN");
    expect(await reset.issuePasswordReset(`nobody-${uniqueTag()}@gmail.com`, T0)).toBeNull();
  });
});

describe("mail never holds up a request", () => {
  it("with an SMTP server that accepts and then says nothing, the request is answered while the mail waits", async () => {
    const silent = net.createServer(() => {
      // accept, never greet
    });
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", () => r()));
    const port = (silent.address() as net.AddressInfo).port;
    const { env } = await import("@/lib/env");
    // The cached settings object is this module's own: point it at the silent server.
    (env() as { SMTP_URL?: string }).SMTP_URL = `smtp://127.0.0.1:${port}`;
    try {
      const viewer = await makeViewer();
      await prisma.user.update({ where: { id: viewer.id }, data: { verification: "NONE" } });
      const sent = await email.requestEmailCode(
        { ...viewer, verification: "NONE" },
        { schoolEmail: `slow-${uniqueTag()}@hanbit.ac.kr` },
        new Date(),
      );
      expect(sent.sentTo).toMatch(/@hanbit\.ac\.kr$/);
      expect(pendingMailCount()).toBeGreaterThan(0);
    } finally {
      (env() as { SMTP_URL?: string }).SMTP_URL = undefined;
      silent.close();
    }
  });
});
