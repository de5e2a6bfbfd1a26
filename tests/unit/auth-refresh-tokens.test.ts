import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  hashRefreshToken,
  issueRefreshToken,
  revokeAllRefreshTokens,
  revokeRefreshToken,
  rotateRefreshToken,
} from "@/lib/auth/refresh-tokens";
import { makeUser } from "../support/viewers";

const rowOf = (token: string) =>
  prisma.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashRefreshToken(token) } });

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toMatchObject({ code: "UNAUTHENTICATED" });
}

describe("refresh tokens", () => {
  it("are 32 random bytes, stored only as their SHA-256, living 14 days", async () => {
    const user = await makeUser();
    const now = new Date();
    const issued = await issueRefreshToken(user.id, now);
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.token, "base64url")).toHaveLength(32);
    const rows = await prisma.refreshToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashRefreshToken(issued.token));
    expect(rows[0].tokenHash).not.toContain(issued.token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0].expiresAt.getTime() - now.getTime()).toBe(14 * 24 * 60 * 60 * 1000);
    expect(rows[0].revokedAt).toBeNull();
    const second = await issueRefreshToken(user.id, now);
    expect(second.token).not.toBe(issued.token);
    expect((await rowOf(second.token)).familyId).not.toBe(rows[0].familyId);
  });

  it("rotate: the old one is revoked and points at its successor in the same family", async () => {
    const user = await makeUser();
    const first = await issueRefreshToken(user.id);
    const second = await rotateRefreshToken(first.token);
    expect(second.userId).toBe(user.id);
    expect(second.token).not.toBe(first.token);
    const [old, next] = [await rowOf(first.token), await rowOf(second.token)];
    expect(old.revokedAt).not.toBeNull();
    expect(old.replacedBy).toBe(next.id);
    expect(next.familyId).toBe(old.familyId);
    expect(next.revokedAt).toBeNull();
    const third = await rotateRefreshToken(second.token);
    expect((await rowOf(third.token)).familyId).toBe(old.familyId);
  });

  it("reuse of a rotated token revokes the whole family, successors included", async () => {
    const user = await makeUser();
    const other = await issueRefreshToken(user.id); // another device, another family
    const first = await issueRefreshToken(user.id);
    const second = await rotateRefreshToken(first.token);
    await refusal(rotateRefreshToken(first.token)); // the thief (or the victim) replays the old one
    await refusal(rotateRefreshToken(second.token)); // so the current one is dead too
    const family = await prisma.refreshToken.findMany({
      where: { familyId: (await rowOf(first.token)).familyId },
    });
    expect(family).toHaveLength(2);
    expect(family.every((t) => t.revokedAt !== null)).toBe(true);
    // The other device's family is untouched.
    expect((await rotateRefreshToken(other.token)).userId).toBe(user.id);
  });

  it("expired, unknown, empty and deactivated-user tokens are refused", async () => {
    const user = await makeUser();
    const longAgo = new Date(Date.now() - 15 * 24 * 60 * 60 * 1000);
    const expired = await issueRefreshToken(user.id, longAgo);
    await refusal(rotateRefreshToken(expired.token));
    await refusal(rotateRefreshToken("A".repeat(43)));
    await refusal(rotateRefreshToken(""));
    await refusal(rotateRefreshToken(null));
    // One second before expiry it still works; at expiry it does not.
    const fresh = await issueRefreshToken(user.id);
    const exp = (await rowOf(fresh.token)).expiresAt.getTime();
    await refusal(rotateRefreshToken(fresh.token, new Date(exp)));
    const fresh2 = await issueRefreshToken(user.id);
    const exp2 = (await rowOf(fresh2.token)).expiresAt.getTime();
    expect((await rotateRefreshToken(fresh2.token, new Date(exp2 - 1000))).userId).toBe(user.id);

    const inactive = await makeUser();
    const t = await issueRefreshToken(inactive.id);
    await prisma.user.update({ where: { id: inactive.id }, data: { isActive: false } });
    await refusal(rotateRefreshToken(t.token));
  });

  it("concurrent refreshes with one token: one wins, the rest count as reuse (no forked family)", async () => {
    const user = await makeUser();
    const first = await issueRefreshToken(user.id);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () => rotateRefreshToken(first.token)),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const family = await prisma.refreshToken.findMany({
      where: { familyId: (await rowOf(first.token)).familyId },
    });
    // One successor was made (never two from one token), and the losing replays revoked it.
    expect(family).toHaveLength(2);
    expect(family.filter((t) => t.replacedBy !== null)).toHaveLength(1);
    expect(family.every((t) => t.revokedAt !== null)).toBe(true);
  });

  it("logout revokes the presented token's family; password change revokes all of a user's", async () => {
    const user = await makeUser();
    const a = await issueRefreshToken(user.id);
    const b = await issueRefreshToken(user.id);
    const a2 = await rotateRefreshToken(a.token);
    await revokeRefreshToken(a.token);
    await refusal(rotateRefreshToken(a2.token));
    expect((await rotateRefreshToken(b.token)).userId).toBe(user.id);
    await revokeRefreshToken("unknown-token"); // no error
    await revokeRefreshToken(null);

    const c = await issueRefreshToken(user.id);
    await revokeAllRefreshTokens(user.id);
    await refusal(rotateRefreshToken(c.token));
    expect(await prisma.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(
      0,
    );
  });
});
