import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer";

// The one set of users for the service (unit) tests, straight in the throwaway database
// (tests/support/api.ts's createUser is the HTTP tests' counterpart).

export const PASSWORD = "unit-password-1234";
let passwordHash: Promise<string> | undefined;

export async function firstSchoolId(): Promise<number> {
  return (await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } }))
    .id;
}

/** The seeded schools, first and second (cross-school checks). */
export async function twoSchoolIds(): Promise<[number, number]> {
  const schools = await prisma.school.findMany({
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true },
  });
  if (schools.length < 2) throw new Error("the seed has fewer than two schools");
  return [schools[0].id, schools[1].id];
}

export function uniqueTag(): string {
  return crypto.randomBytes(4).toString("hex");
}

/** A signed-up student as the services see them (no usable password: services never check it). */
export async function makeViewer(
  opts: { schoolId?: number; isAdmin?: boolean; nickname?: string } = {},
): Promise<Viewer> {
  const tag = uniqueTag();
  return prisma.user.create({
    data: {
      verification: "STUDENT",
      email: `v${tag}@unit.test`,
      nickname: opts.nickname ?? `학생${tag}`,
      passwordHash: "x",
      schoolId: opts.schoolId ?? (await firstSchoolId()),
      isAdmin: opts.isAdmin ?? false,
    },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
  });
}

/** A user with a real password (PASSWORD), for the sign-in and account tests. */
export async function makeUser(
  opts: { isActive?: boolean } = {},
): Promise<Viewer & { email: string }> {
  passwordHash ??= hashPassword(PASSWORD);
  const tag = uniqueTag();
  return prisma.user.create({
    data: {
      verification: "STUDENT",
      email: `auth-${tag}@unit.test`,
      nickname: `인증${tag}`,
      passwordHash: await passwordHash,
      schoolId: await firstSchoolId(),
      isActive: opts.isActive ?? true,
    },
    select: {
      id: true,
      email: true,
      schoolId: true,
      nickname: true,
      isAdmin: true,
      verification: true,
    },
  });
}
