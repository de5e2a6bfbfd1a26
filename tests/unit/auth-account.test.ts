import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { changePassword, getAccount, updateAccount } from "@/lib/auth/account";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { issueRefreshToken, rotateRefreshToken } from "@/lib/auth/refresh-tokens";
import { accountUpdateSchema, nicknameSchema, signupSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createAccount as createAccountFrom } from "@/lib/auth/signup";
import { firstSchoolId, makeUser, PASSWORD, uniqueTag } from "../support/viewers";
import { rateLimitKey } from "@/lib/rate-limit";

async function errorOf(p: Promise<unknown>) {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

// Each signup here from its own made-up address (the per-address limit has its own tests).
const createAccount = (input: Parameters<typeof createAccountFrom>[0]) =>
  createAccountFrom(input, { address: `unit-${uniqueTag()}` });

describe("createAccount (회원가입)", () => {
  it("creates the account and answers the 내 정보 DTO, with an argon2id hash stored", async () => {
    const tag = uniqueTag();
    const schoolId = await firstSchoolId();
    const user = await createAccount({
      email: `new-${tag}@unit.test`,
      password: "password-1234",
      nickname: `새내기${tag}`,
      schoolId,
    });
    expect(Object.keys(user).sort()).toEqual([
      "email",
      "id",
      "isAdmin",
      "nickname",
      "profileImageUrl",
      "school",
      "verification",
    ]);
    expect(user).toMatchObject({
      email: `new-${tag}@unit.test`,
      nickname: `새내기${tag}`,
      profileImageUrl: null,
      isAdmin: false,
      // A new account is not verified (the unit tests run with SCHOOL_VERIFICATION's default).
      verification: "NONE",
      school: { id: schoolId },
    });
    const row = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true, isActive: true },
    });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.isActive).toBe(true);
    expect(
      await signInWithPassword({ email: user.email, password: "password-1234" }),
    ).toMatchObject({ id: user.id });
  });

  it("refuses a taken email or nickname with 409 naming the field(s)", async () => {
    const existing = await makeUser();
    const schoolId = await firstSchoolId();
    const tag = uniqueTag();
    const email = await errorOf(
      createAccount({
        email: existing.email,
        password: "password-1234",
        nickname: `다른${tag}`,
        schoolId,
      }),
    );
    expect(email).toMatchObject({
      code: "CONFLICT",
      message: "이미 사용 중인 이메일입니다.",
      fields: { email: ["이미 사용 중인 이메일입니다."] },
    });
    const nick = await errorOf(
      createAccount({
        email: `other-${tag}@unit.test`,
        password: "password-1234",
        nickname: existing.nickname,
        schoolId,
      }),
    );
    expect(nick).toMatchObject({
      code: "CONFLICT",
      fields: { nickname: ["이미 사용 중인 닉네임입니다."] },
    });
    expect((nick as { fields: object }).fields).not.toHaveProperty("email");
    const both = await errorOf(
      createAccount({
        email: existing.email,
        password: "password-1234",
        nickname: existing.nickname,
        schoolId,
      }),
    );
    expect(both).toMatchObject({
      code: "CONFLICT",
      fields: { email: expect.any(Array), nickname: expect.any(Array) },
    });
  });

  it("two concurrent signups with one email: one account, one 409 (the unique index decides)", async () => {
    const tag = uniqueTag();
    const schoolId = await firstSchoolId();
    const results = await Promise.allSettled([
      createAccount({
        email: `race-${tag}@unit.test`,
        password: "password-1234",
        nickname: `경주A${tag}`,
        schoolId,
      }),
      createAccount({
        email: `race-${tag}@unit.test`,
        password: "password-1234",
        nickname: `경주B${tag}`,
        schoolId,
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({
      code: "CONFLICT",
      fields: { email: ["이미 사용 중인 이메일입니다."] },
    });
    expect(await prisma.user.count({ where: { email: `race-${tag}@unit.test` } })).toBe(1);
  });

  it("refuses an unknown school as a field error", async () => {
    const e = await errorOf(
      createAccount({
        email: `s-${uniqueTag()}@unit.test`,
        password: "password-1234",
        nickname: `학교${uniqueTag()}`,
        schoolId: 999_999,
      }),
    );
    expect(e).toMatchObject({ code: "VALIDATION_FAILED", fields: { schoolId: expect.any(Array) } });
  });
});

describe("auth schemas", () => {
  it("normalise the email and check lengths and nickname rules", () => {
    const ok = signupSchema.parse({
      email: "  Mixed@Example.COM ",
      password: "12345678",
      nickname: " 닉네임 ",
      schoolId: "3",
    });
    expect(ok).toEqual({
      email: "mixed@example.com",
      password: "12345678",
      nickname: "닉네임",
      schoolId: 3,
    });
    const bad = signupSchema.safeParse({
      email: "nope",
      password: "1234567",
      nickname: "a",
      schoolId: "",
    });
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path[0]).sort();
    expect(paths).toEqual(["email", "nickname", "password", "schoolId"]);
    expect(
      signupSchema.safeParse({
        email: "a@b.co",
        password: "x".repeat(73),
        nickname: "가나",
        schoolId: 1,
      }).success,
    ).toBe(false);
    expect(
      signupSchema.safeParse({
        email: "a@b.co",
        password: "x".repeat(72),
        nickname: "가".repeat(20),
        schoolId: 1,
      }).success,
    ).toBe(true);
    expect(
      signupSchema.safeParse({
        email: "a@b.co",
        password: "x".repeat(8),
        nickname: "가".repeat(21),
        schoolId: 1,
      }).success,
    ).toBe(false);
    for (const schoolId of [true, null, 0, -1, 1.5, "abc"]) {
      expect(
        signupSchema.safeParse({
          email: "a@b.co",
          password: "x".repeat(8),
          nickname: "가나",
          schoolId,
        }).success,
      ).toBe(false);
    }
    for (const nickname of [
      "익명",
      "익명1",
      "익명(글쓴이)",
      "익명".normalize("NFD"),
      "가\n나",
      "가\u0000나",
      "가\u202e나",
      "가\u200b나",
    ]) {
      expect(nicknameSchema.safeParse(nickname).success, JSON.stringify(nickname)).toBe(false);
    }
    // One spelling per look.
    expect(nicknameSchema.parse("한빛".normalize("NFD"))).toBe("한빛");
    expect(nicknameSchema.parse("ＡＢＣ")).toBe("ABC");
  });

  it("PATCH /me: a new password needs the current one (and the other way round)", () => {
    expect(accountUpdateSchema.safeParse({}).success).toBe(true);
    expect(
      accountUpdateSchema.safeParse({ newPassword: "new-password-1" }).error?.issues[0].path,
    ).toEqual(["currentPassword"]);
    expect(accountUpdateSchema.safeParse({ currentPassword: "x" }).error?.issues[0].path).toEqual([
      "newPassword",
    ]);
    expect(
      accountUpdateSchema.safeParse({ currentPassword: "x", newPassword: "short" }).success,
    ).toBe(false);
  });
});

describe("updateAccount (내 정보)", () => {
  it("changes the nickname, refusing a taken one with 409", async () => {
    const me = await makeUser();
    const other = await makeUser();
    const nickname = `바뀐${uniqueTag()}`;
    expect(await updateAccount(me, { nickname })).toMatchObject({ id: me.id, nickname });
    const e = await errorOf(updateAccount({ ...me, nickname }, { nickname: other.nickname }));
    expect(e).toMatchObject({
      code: "CONFLICT",
      fields: { nickname: ["이미 사용 중인 닉네임입니다."] },
    });
    // Keeping one's own nickname is no conflict.
    expect(await updateAccount({ ...me, nickname }, { nickname })).toMatchObject({ nickname });
    expect((await getAccount(me)).nickname).toBe(nickname);
  });

  it("changes the password only with the right current one, and revokes refresh tokens", async () => {
    const me = await makeUser();
    const refresh = await issueRefreshToken(me.id);
    const wrong = await errorOf(
      changePassword(me, { currentPassword: "not-it", newPassword: "brand-new-pass" }),
    );
    expect(wrong).toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { currentPassword: ["현재 비밀번호가 올바르지 않습니다."] },
    });
    // A wrong current password counts like a failed login.
    const bucket = await prisma.rateLimitBucket.findUnique({
      where: { key: rateLimitKey("loginEmail", me.email) },
    });
    expect(Number(bucket?.count)).toBe(1);
    // Nothing else was written either when one part fails.
    const mixed = await errorOf(
      updateAccount(me, {
        nickname: `섞임${uniqueTag()}`,
        currentPassword: "not-it",
        newPassword: "brand-new-pass",
      }),
    );
    expect(mixed).toMatchObject({ code: "VALIDATION_FAILED" });
    expect((await getAccount(me)).nickname).toBe(me.nickname);

    await changePassword(me, { currentPassword: PASSWORD, newPassword: "brand-new-pass" });
    expect(await signInWithPassword({ email: me.email, password: "brand-new-pass" })).toMatchObject(
      { id: me.id },
    );
    expect(
      await errorOf(signInWithPassword({ email: me.email, password: PASSWORD })),
    ).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await errorOf(rotateRefreshToken(refresh.token))).toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("is refused for a deactivated account", async () => {
    const me = await makeUser({ isActive: false });
    expect(await errorOf(getAccount(me))).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("safeCallbackUrl (after login)", () => {
  it("keeps paths on this site and turns everything else into /", () => {
    expect(safeCallbackUrl("/me")).toBe("/me");
    expect(safeCallbackUrl("/boards/3?page=2#top")).toBe("/boards/3?page=2#top");
    for (const evil of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
      "http:/evil.example",
      "",
      undefined,
      ["/me"],
      "/login?callbackUrl=/me",
      "/signup",
      "/api/v1/me",
      "me",
    ]) {
      expect(safeCallbackUrl(evil), String(evil)).toBe("/");
    }
  });
});
