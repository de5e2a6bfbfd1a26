import "server-only";
import { prisma } from "@/lib/db";
import { AppError, notFound, validationFailed } from "@/lib/http/errors";
import { claimRateLimit } from "@/lib/rate-limit";
import type { Viewer } from "@/lib/auth/viewer";
import { lectureSelect, toLectureDtos, type LectureDto } from "@/lib/lectures/lectures";
import { runWizard, WizardTooLargeError } from "./wizard";
import { explainEmptyWizard, type NamedLecture, type WizardAnswer } from "./wizard-explain";
import type { WizardRequest } from "./wizard-schemas";

// 시간표 마법사 over the viewer's school's lectures: loads the chosen sections once and hands
// them to the pure search in wizard.ts; an empty result says why (wizard-explain.ts). An
// expensive read is limited like a write (SPEC): each run claims one of RATE_LIMIT_WIZARD (30 a
// minute per student) first, and the search gets WIZARD_CPU_BUDGET_MS of CPU; past it the answer
// is 400 TOO_MANY_COMBINATIONS.

/** CPU a run of the search may use (SPEC: "about 50 ms"). */
export const WIZARD_CPU_BUDGET_MS = 50;

/** This process's CPU time in milliseconds. The search is synchronous, so while it runs this
 * process's CPU is the search's (plus whatever the thread pool does meanwhile, which only ever
 * ends a search sooner). */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export async function runTimetableWizard(
  viewer: Viewer,
  input: WizardRequest,
  limit: number,
): Promise<WizardAnswer> {
  await claimRateLimit("wizard", viewer.id);
  const ids = [...new Set([...input.courses.flat(), ...(input.keep ?? [])])];
  const rows = await prisma.lecture.findMany({
    where: { id: { in: ids }, schoolId: viewer.schoolId },
    select: {
      id: true,
      name: true,
      credits: true,
      semester: true,
      times: { select: { day: true, startMinute: true, endMinute: true } },
    },
  });
  if (rows.length !== ids.length) throw notFound("수업");
  if (rows.some((r) => r.semester !== input.semester)) {
    throw validationFailed(
      { courses: ["다른 학기의 수업이 섞여 있습니다."] },
      "다른 학기의 수업이 섞여 있습니다.",
    );
  }
  const byId = new Map<number, NamedLecture>(rows.map((r) => [r.id, r]));
  const problem = {
    courses: input.courses.map((sections) => [...new Set(sections)].map((id) => byId.get(id)!)),
    keep: [...new Set(input.keep ?? [])].map((id) => byId.get(id)!),
    freeDays: input.freeDays,
    earliest: input.earliest,
    latest: input.latest,
    maxCredits: input.maxCredits,
  };
  try {
    const result = runWizard({
      ...problem,
      limit,
      cpu: { budgetMs: WIZARD_CPU_BUDGET_MS, now: processCpuMs },
    });
    return { ...result, emptyReason: result.total === 0 ? explainEmptyWizard(problem) : null };
  } catch (e) {
    if (e instanceof WizardTooLargeError)
      throw new AppError("TOO_MANY_COMBINATIONS", e.message, { fields: { courses: [e.message] } });
    throw e;
  }
}

/** The section suffix of a lecture code: "CSE2010-02" is section 02 of course "CSE2010". */
export function courseCodeOf(code: string): string {
  const dash = code.lastIndexOf("-");
  return dash > 0 ? code.slice(0, dash) : code;
}

/**
 * Every section (분반) of a lecture's course in its semester: the lectures of the same school and
 * semester whose code has the same course part ("CSE2010-01", "CSE2010-02", …), by code.
 */
export async function listCourseSections(viewer: Viewer, lectureId: number): Promise<LectureDto[]> {
  const lecture = await prisma.lecture.findFirst({
    where: { id: lectureId, schoolId: viewer.schoolId },
    select: { code: true, semester: true },
  });
  if (!lecture) throw notFound("수업");
  const course = courseCodeOf(lecture.code);
  const rows = await prisma.lecture.findMany({
    where: {
      schoolId: viewer.schoolId,
      semester: lecture.semester,
      OR: [{ code: course }, { code: { startsWith: `${course}-` } }],
    },
    select: lectureSelect,
    orderBy: [{ code: "asc" }, { id: "asc" }],
    take: 50,
  });
  // startsWith is a LIKE: "_" in a code would match any character, so check exactly.
  return toLectureDtos(rows.filter((r) => courseCodeOf(r.code) === course));
}
