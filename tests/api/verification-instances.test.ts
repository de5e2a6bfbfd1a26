import crypto from "node:crypto";
import { describe, expect, inject, it } from "vitest";
import { api, createUser, firstSchoolIds, testDb } from "../support/api";
import { codeOf, waitForMail } from "../support/mailbox";

// 학교 인증 across server instances: the code is requested through one instance and confirmed
// through another (in the nginx pass, each instance reached directly; otherwise the one server
// twice). The code lives in the shared database, not in a process, and the mail goes through the
// SMTP server the suite's global setup started (tests/support/api-global-setup.ts).

describe("학교 인증 on several instances", () => {
  it("a code requested through one instance is confirmed through the other", async () => {
    const mailDir = inject("mailDir");
    expect(mailDir, "the servers under test need SMTP_URL at the suite's mailbox").not.toBeNull();
    const instances = inject("instanceUrls");
    const [first, last] = [instances[0], instances[instances.length - 1]];
    const [schoolId] = await firstSchoolIds();
    const user = await createUser({ schoolId, verification: "NONE" });
    const address = `multi-${crypto.randomBytes(4).toString("hex")}@hanbit.ac.kr`;
    const sent = await api("POST", "/api/v1/me/verification/email", {
      base: first,
      token: user.token,
      body: { schoolEmail: address },
    });
    expect(sent.status).toBe(202);
    const code = codeOf((await waitForMail(mailDir!, address))[0]);
    const confirmed = await api("POST", "/api/v1/me/verification/email/confirm", {
      base: last,
      token: user.token,
      body: { code },
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toEqual({ verification: "STUDENT", schoolEmail: address });
    const row = await testDb().user.findUniqueOrThrow({
      where: { id: user.id },
      select: { verification: true, verificationMethod: true, schoolEmail: true },
    });
    expect(row).toEqual({
      verification: "STUDENT",
      verificationMethod: "EMAIL",
      schoolEmail: address,
    });
  });
});
