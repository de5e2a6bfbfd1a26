import "server-only";
import { prisma } from "@/lib/db";

export type SchoolDto = { id: number; name: string };

/** Every school, for the signup form and GET /api/v1/schools (public). */
export async function listSchools(): Promise<SchoolDto[]> {
  return prisma.school.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function getSchoolName(schoolId: number): Promise<string> {
  const school = await prisma.school.findUnique({ where: { id: schoolId }, select: { name: true } });
  return school?.name ?? "";
}
