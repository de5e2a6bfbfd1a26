import "server-only";
import { prisma } from "@/lib/db";
import { validationFailed } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { compareSemesters } from "@/lib/lectures/semesters";
import { summarizeGrades, type Grade, type GradeItem, type GradeSummary } from "./gpa";
import { GRADE_SEMESTERS_MAX, type PutGradesInput } from "./schemas";

// 학점 계산기: a student's own grades per semester (nobody else reads them). PUT replaces a
// semester's subjects; an empty list removes the semester.

export type GradeSemesterDto = { semester: string; items: GradeItem[] } & GradeSummary;
export type GradesOverviewDto = {
  semesters: { semester: string; gpa: number | null; majorGpa: number | null; credits: number }[];
  total: GradeSummary;
};

const itemSelect = {
  semester: true,
  name: true,
  credits: true,
  grade: true,
  isMajor: true,
} as const;

const toItem = (r: {
  name: string;
  credits: number;
  grade: string;
  isMajor: boolean;
}): GradeItem => ({
  name: r.name,
  credits: r.credits,
  grade: r.grade as Grade,
  isMajor: r.isMajor,
});

export async function getMyGrades(viewer: Viewer): Promise<GradesOverviewDto> {
  const rows = await prisma.gradeEntry.findMany({
    where: { userId: viewer.id },
    select: itemSelect,
    orderBy: [{ semester: "asc" }, { position: "asc" }],
  });
  const bySemester = new Map<string, GradeItem[]>();
  for (const r of rows) {
    const list = bySemester.get(r.semester) ?? [];
    list.push(toItem(r));
    bySemester.set(r.semester, list);
  }
  const semesters = [...bySemester.keys()].sort(compareSemesters).map((semester) => {
    const s = summarizeGrades(bySemester.get(semester)!);
    return { semester, gpa: s.gpa, majorGpa: s.majorGpa, credits: s.credits };
  });
  return { semesters, total: summarizeGrades(rows.map(toItem)) };
}

export async function getMyGradeSemester(
  viewer: Viewer,
  semester: string,
): Promise<GradeSemesterDto> {
  const rows = await prisma.gradeEntry.findMany({
    where: { userId: viewer.id, semester },
    select: itemSelect,
    orderBy: { position: "asc" },
  });
  const items = rows.map(toItem);
  return { semester, items, ...summarizeGrades(items) };
}

export async function putMyGrades(
  viewer: Viewer,
  semester: string,
  input: PutGradesInput,
): Promise<GradeSemesterDto> {
  await prisma.$transaction(async (tx) => {
    if (input.items.length > 0) {
      const others = await tx.gradeEntry.groupBy({
        by: ["semester"],
        where: { userId: viewer.id, semester: { not: semester } },
      });
      if (others.length >= GRADE_SEMESTERS_MAX) {
        throw validationFailed(
          { semester: [`학기는 ${GRADE_SEMESTERS_MAX}개까지 기록할 수 있습니다.`] },
          `학기는 ${GRADE_SEMESTERS_MAX}개까지 기록할 수 있습니다.`,
        );
      }
    }
    await tx.gradeEntry.deleteMany({ where: { userId: viewer.id, semester } });
    if (input.items.length > 0) {
      await tx.gradeEntry.createMany({
        data: input.items.map((item, position) => ({
          userId: viewer.id,
          semester,
          position,
          ...item,
        })),
      });
    }
  });
  return getMyGradeSemester(viewer, semester);
}

/**
 * The 학점 계산기's starting rows for a semester with nothing saved: the lectures of that
 * semester's primary timetable, 전공 when their domain is under the top-level "전공" node.
 */
export async function gradePrefillFromTimetable(
  viewer: Viewer,
  semester: string,
): Promise<Omit<GradeItem, "grade">[]> {
  const timetable = await prisma.timetable.findFirst({
    where: { ownerId: viewer.id, semester, isPrimary: true },
    select: {
      lectures: {
        orderBy: { id: "asc" },
        select: {
          lecture: {
            select: { name: true, credits: true, domain: { select: { path: true, id: true } } },
          },
        },
      },
    },
  });
  if (!timetable) return [];
  const major = await prisma.lectureDomain.findFirst({
    where: { schoolId: viewer.schoolId, parentId: null, name: "전공" },
    select: { id: true, path: true },
  });
  return timetable.lectures.map(({ lecture }) => ({
    name: lecture.name,
    credits: lecture.credits,
    isMajor: major
      ? lecture.domain.id === major.id ||
        lecture.domain.path.startsWith(major.path || `/${major.id}/`)
      : false,
  }));
}
