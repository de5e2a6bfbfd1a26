import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/auth/viewer";

// Users for the auth service tests, straight in the throwaway database.
export const PASSWORD = "unit-password-1234";
let passwordHash: Promise<string> | undefined;

export async function firstSchoolId(): Promise<number> {
  return (await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } })).id;
}

export function uniqueTag(): string {
  return crypto.randomBytes(4).toString("hex");
}

export async function makeUser(opts: { isActive?: boolean } = {}): Promise<Viewer & { email: string }> {
  passwordHash ??= hashPassword(PASSWORD);
  const tag = uniqueTag();
  return prisma.user.create({
    data: {
      email: `auth-${tag}@unit.test`,
      nickname: `인증${tag}`,
      passwordHash: await passwordHash,
      schoolId: await firstSchoolId(),
      isActive: opts.isActive ?? true,
    },
    select: { id: true, email: true, schoolId: true, nickname: true, isAdmin: true },
  });
}
