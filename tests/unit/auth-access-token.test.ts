import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import {
  accessTokenTtlSeconds,
  CLOCK_SKEW_SECONDS,
  signAccessToken,
  verifyAccessToken,
} from "@/lib/auth/access-token";
import { authSecret } from "@/lib/env";

// The HMAC key the server uses (AUTH_SECRET with the access-token suffix), to forge tokens
// that are valid in every respect but one.
const key = () => new TextEncoder().encode(`${authSecret()}:access-token`);

function forge(
  opts: {
    alg?: string;
    sub?: string | null;
    exp?: number | null;
    iat?: number;
    iss?: string;
    aud?: string;
    secret?: Uint8Array;
  } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: opts.alg ?? "HS256", typ: "JWT" })
    .setIssuer(opts.iss ?? "campustime")
    .setAudience(opts.aud ?? "campustime-api")
    .setIssuedAt(opts.iat ?? now);
  if (opts.sub !== null) jwt.setSubject(opts.sub ?? "1");
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? now + 600);
  return jwt.sign(opts.secret ?? key());
}

describe("access tokens", () => {
  it("carry the user id as sub with iat and exp 30 minutes apart", async () => {
    const token = await signAccessToken(42);
    expect(await verifyAccessToken(token)).toBe(42);
    const payload = JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString());
    expect(payload.sub).toBe("42");
    expect(payload.exp - payload.iat).toBe(1800);
    expect(accessTokenTtlSeconds()).toBe(1800);
    const header = JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString());
    expect(header.alg).toBe("HS256");
  });

  it("are refused once expired", async () => {
    const issuedLongAgo = await signAccessToken(42, Date.now() - 31 * 60 * 1000);
    expect(await verifyAccessToken(issuedLongAgo)).toBeNull();
    const almostExpired = await signAccessToken(42, Date.now() - 29 * 60 * 1000);
    expect(await verifyAccessToken(almostExpired)).toBe(42);
  });

  it("are refused when tampered with", async () => {
    const token = await signAccessToken(42);
    const [header, payload, signature] = token.split(".");
    const otherPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), sub: "1" }),
    ).toString("base64url");
    expect(await verifyAccessToken(`${header}.${otherPayload}.${signature}`)).toBeNull();
    const flipped =
      signature.slice(0, -2) + (signature.at(-2) === "A" ? "B" : "A") + signature.at(-1);
    expect(await verifyAccessToken(`${header}.${payload}.${flipped}`)).toBeNull();
    expect(await verifyAccessToken(`${header}.${payload}`)).toBeNull();
    expect(await verifyAccessToken("not-a-jwt")).toBeNull();
    expect(await verifyAccessToken("")).toBeNull();
  });

  it("are refused with another algorithm, no algorithm or another key", async () => {
    expect(await verifyAccessToken(await forge())).toBe(1); // the forging itself is right
    expect(await verifyAccessToken(await forge({ alg: "HS512" }))).toBeNull();
    expect(await verifyAccessToken(await forge({ alg: "HS384" }))).toBeNull();
    const unsecured = new UnsecuredJWT({ sub: "1" })
      .setIssuer("campustime")
      .setAudience("campustime-api")
      .setIssuedAt()
      .setExpirationTime("10m")
      .encode();
    expect(await verifyAccessToken(unsecured)).toBeNull();
    expect(
      await verifyAccessToken(await forge({ secret: new TextEncoder().encode(authSecret()) })),
    ).toBeNull();
  });

  it("are refused without exp or sub, with a non-numeric sub, or for another issuer or audience", async () => {
    expect(await verifyAccessToken(await forge({ exp: null }))).toBeNull();
    expect(await verifyAccessToken(await forge({ sub: null }))).toBeNull();
    expect(await verifyAccessToken(await forge({ sub: "abc" }))).toBeNull();
    expect(await verifyAccessToken(await forge({ sub: "0" }))).toBeNull();
    expect(await verifyAccessToken(await forge({ iss: "someone-else" }))).toBeNull();
    expect(await verifyAccessToken(await forge({ aud: "another-api" }))).toBeNull();
  });

  it("are refused when issued in the future, beyond a small clock-skew allowance", async () => {
    const now = Math.floor(Date.now() / 1000);
    // Issued an hour ahead (a token minted with a wrong clock or forged to outlive its TTL).
    expect(
      await verifyAccessToken(await forge({ iat: now + 3600, exp: now + 3600 + 600 })),
    ).toBeNull();
    expect(
      await verifyAccessToken(await forge({ iat: now + CLOCK_SKEW_SECONDS + 5, exp: now + 3600 })),
    ).toBeNull();
    // Within the allowance (another instance's clock a little ahead): accepted.
    expect(await verifyAccessToken(await forge({ iat: now + 10, exp: now + 600 }))).toBe(1);
    // iat after exp, and a sub past the largest id.
    expect(await verifyAccessToken(await forge({ iat: now, exp: now - 1 }))).toBeNull();
    expect(await verifyAccessToken(await forge({ sub: "2147483648" }))).toBeNull();
    expect(await verifyAccessToken(await forge({ sub: "007" }))).toBeNull();
  });

  it("hold, once verified, exactly as long as the first check said: not after exp, not before iat (less the skew)", async () => {
    const t0 = Date.now();
    const token = await signAccessToken(42, t0);
    expect(await verifyAccessToken(token, t0)).toBe(42); // checked in full, and remembered
    expect(await verifyAccessToken(token, t0 + 1799_000)).toBe(42);
    expect(await verifyAccessToken(token, t0 + 1801_000)).toBeNull(); // past exp
    expect(await verifyAccessToken(token, t0 - (CLOCK_SKEW_SECONDS - 1) * 1000)).toBe(42); // a clock a little behind
    expect(await verifyAccessToken(token, t0 - (CLOCK_SKEW_SECONDS + 2) * 1000)).toBeNull(); // iat too far ahead
    // A token refused once is refused again (failures are not remembered, and never become hits).
    const [h, p, sig] = token.split(".");
    const forged = `${h}.${p}.${sig.slice(0, -2)}${sig.at(-2) === "A" ? "B" : "A"}${sig.at(-1)}`;
    expect(await verifyAccessToken(forged, t0)).toBeNull();
    expect(await verifyAccessToken(forged, t0)).toBeNull();
  });
});

describe("tokens and a password reset in the same second", () => {
  it("a token issued before the reset is refused, one issued after it is not, to the millisecond", async () => {
    const { prisma } = await import("@/lib/db");
    const { loadViewer } = await import("@/lib/auth/viewer");
    const { verifyAccessTokenClaims } = await import("@/lib/auth/access-token");
    const { makeViewer } = await import("../support/viewers");
    const user = await makeViewer();
    // A second boundary in the past (tokens stay valid for 30 minutes), then three moments in it.
    const second = (Math.floor(Date.now() / 1000) - 10) * 1000;
    const before = await signAccessToken(user.id, second + 100);
    const after = await signAccessToken(user.id, second + 700);
    await prisma.user.update({
      where: { id: user.id },
      data: { tokensValidFrom: new Date(second + 400) },
    });
    const claimsBefore = await verifyAccessTokenClaims(before);
    const claimsAfter = await verifyAccessTokenClaims(after);
    expect(claimsBefore?.issuedAtMs).toBe(second + 100);
    expect(await loadViewer(user.id, claimsBefore!.issuedAtMs)).toBeNull();
    expect((await loadViewer(user.id, claimsAfter!.issuedAtMs))?.id).toBe(user.id);
    // A token without iat_ms (made by hand) counts from the start of its second: ended too.
    const bare = await forge({ sub: String(user.id), iat: second / 1000 });
    const claimsBare = await verifyAccessTokenClaims(bare);
    expect(claimsBare?.issuedAtMs).toBe(second);
    expect(await loadViewer(user.id, claimsBare!.issuedAtMs)).toBeNull();
  });
});
