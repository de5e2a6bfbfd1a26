import "server-only";
import { prisma } from "@/lib/db";
import { TtlCache } from "@/lib/cache/ttl-cache";

export type SchoolDto = { id: number; name: string };

/** Every school, for the signup form and GET /api/v1/schools (public). */
export async function listSchools(): Promise<SchoolDto[]> {
  return prisma.school.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

// Every page's header shows the school's name, and schools are never renamed by the app: a
// per-process cache of the names, kept SCHOOL_NAME_CACHE_MS (docs/DECISIONS.md).
export const SCHOOL_NAME_CACHE_MS = 60_000;
const names = new TtlCache<number, string>(SCHOOL_NAME_CACHE_MS);

export async function getSchoolName(schoolId: number): Promise<string> {
  return names.get(
    schoolId,
    async () =>
      (await prisma.school.findUnique({ where: { id: schoolId }, select: { name: true } }))?.name ??
      "",
  );
}
