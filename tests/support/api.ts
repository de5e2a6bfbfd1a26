import crypto from "node:crypto";
import { inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { signAccessToken } from "@/lib/auth/access-token";
import { checkContract } from "./contract";

// Helpers for API tests: HTTP against the real server, plus direct database fixtures
// (users are made in the database and given a real signed access token, so a feature's
// tests do not depend on the signup endpoint). Every answer api() gets from /api/v1 is checked
// against the OpenAPI document (./contract.ts): an undocumented status, header or body fails
// the test that asked.

export const baseUrl = () => inject("baseUrl");

export type ApiResponse<T = any> = { status: number; headers: Headers; body: T; text: string };

export async function api<T = any>(
  method: string,
  path: string,
  opts: {
    body?: unknown;
    rawBody?: BodyInit;
    token?: string;
    headers?: Record<string, string>;
    /** Another server than the suite's (a test's own: tests/support/app-server.ts). */
    base?: string;
  } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: BodyInit | undefined = opts.rawBody;
  if (opts.body !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(opts.body);
  }
  const url = `${opts.base ?? baseUrl()}${path}`;
  const res = await fetch(url, { method, headers, body, redirect: "manual" });
  const text = await res.text();
  checkContract({ method, url, status: res.status, headers: res.headers, text });
  let parsed: any = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed as T, text };
}

let prismaClient: ReturnType<typeof createPrismaClient> | undefined;
/** A Prisma client on the server's own test database, for fixtures and checking rows. */
export function testDb() {
  prismaClient ??= createPrismaClient(inject("databaseUrl"));
  return prismaClient;
}

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = "test-password-1234";

export type TestUser = {
  id: number;
  email: string;
  nickname: string;
  schoolId: number;
  password: string;
  token: string;
};

export async function schoolIdByName(name: string) {
  const school = await testDb().school.findUniqueOrThrow({ where: { name }, select: { id: true } });
  return school.id;
}

export async function firstSchoolIds(): Promise<[number, number]> {
  const schools = await testDb().school.findMany({
    orderBy: { id: "asc" },
    select: { id: true },
    take: 2,
  });
  return [schools[0].id, schools[1].id];
}

/**
 * A fresh active user (unique email and nickname) in a school, with an access token: a verified
 * student (학교 인증) unless `verification` says otherwise, so suites work with a server that
 * requires verification as with one that does not.
 */
export async function createUser(
  opts: {
    schoolId?: number;
    isAdmin?: boolean;
    isActive?: boolean;
    nickname?: string;
    verification?: "NONE" | "STUDENT" | "FRESHMAN" | "GRADUATE";
  } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const schoolId = opts.schoolId ?? (await firstSchoolIds())[0];
  const tag = crypto.randomBytes(4).toString("hex");
  const user = await testDb().user.create({
    data: {
      email: `u${tag}@test.example`,
      nickname: opts.nickname ?? `테스터${tag}`,
      passwordHash: await passwordHash,
      schoolId,
      isAdmin: opts.isAdmin ?? false,
      isActive: opts.isActive ?? true,
      verification: opts.verification ?? "STUDENT",
    },
    select: { id: true, email: true, nickname: true, schoolId: true },
  });
  return { ...user, password: TEST_PASSWORD, token: await signAccessToken(user.id) };
}
