import "server-only";
import { prisma } from "@/lib/db";

export type SchoolDto = { id: number; name: string };

/** Every school, for the signup form and GET /api/v1/schools (public). */
export async function listSchools(): Promise<SchoolDto[]> {
  return prisma.school.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

// Every page's header shows the school's name, and schools are never renamed by the app: a
// per-process cache of the names, kept SCHOOL_NAME_CACHE_MS (docs/DECISIONS.md).
export const SCHOOL_NAME_CACHE_MS = 60_000;
const names = new Map<number, { at: number; name: Promise<string> }>();

export async function getSchoolName(schoolId: number): Promise<string> {
  const now = Date.now();
  const hit = names.get(schoolId);
  if (hit && now - hit.at < SCHOOL_NAME_CACHE_MS) return hit.name;
  const name = prisma.school.findUnique({ where: { id: schoolId }, select: { name: true } }).then((s) => s?.name ?? "");
  names.set(schoolId, { at: now, name });
  name.catch(() => names.delete(schoolId));
  if (names.size > 1000) names.delete(names.keys().next().value!);
  return name;
}
