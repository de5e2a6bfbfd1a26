import { DAY_LABEL, formatMinute, type Day } from "@/lib/lectures/format";
import { withAndParticle, withSubjectParticle } from "@/lib/format/josa";
import {
  lectureFits,
  lecturesClash,
  type WizardInput,
  type WizardLecture,
  type WizardResult,
} from "./wizard";

// Why 시간표 마법사 found no combination, in one sentence that names the constraint that empties
// the result ("기존 수업 꼭 넣기의 자료구조가 금요일에 있어요"), so a student knows what to loosen.
// Checked in the order the search applies them: the kept lectures against the constraints and each
// other, then each course's sections, then credits, then the courses against each other.

export type NamedLecture = WizardLecture & { name: string };
/** What the wizard answers (API and page): the combinations, and why there are none. */
export type WizardAnswer = WizardResult & { emptyReason: string | null };
export type ExplainInput = Omit<WizardInput, "courses" | "keep" | "limit" | "nodeBudget"> & {
  courses: NamedLecture[][];
  keep?: NamedLecture[];
};

const KEPT = "기존 수업 꼭 넣기의";
const dayList = (days: Day[]) => days.map((d) => `${DAY_LABEL[d]}요일`).join(", ");

/** What about one lecture breaks the per-lecture constraints, as the end of a sentence; null if none. */
function misfit(l: NamedLecture, input: ExplainInput): string | null {
  const free = new Set(input.freeDays ?? []);
  const onFree = [...new Set(l.times.filter((t) => free.has(t.day)).map((t) => t.day))];
  if (onFree.length) return `${dayList(onFree)}에 있어요`;
  const early = l.times.find((t) => input.earliest !== undefined && t.startMinute < input.earliest);
  if (early)
    return `${formatMinute(early.startMinute)}에 시작해요 (가장 이른 시작 ${formatMinute(input.earliest!)})`;
  const late = l.times.find((t) => input.latest !== undefined && t.endMinute > input.latest);
  if (late)
    return `${formatMinute(late.endMinute)}에 끝나요 (가장 늦은 끝 ${formatMinute(input.latest!)})`;
  return null;
}

/** Why a course has no section left, or null when some section fits. */
function emptyCourse(course: NamedLecture[], input: ExplainInput): string | null {
  const keep = input.keep ?? [];
  if (course.some((l) => keep.some((k) => k.id === l.id))) return null;
  const fits = course.filter((l) => lectureFits(l, input));
  const name = course[0].name;
  if (fits.length === 0) {
    const reasons = [...new Set(course.map((l) => misfit(l, input)))];
    if (reasons.length === 1 && reasons[0])
      return course.length === 1
        ? `${withSubjectParticle(name)} ${reasons[0]}`
        : `${name}의 분반이 모두 ${reasons[0]}`;
    return `${name}의 분반이 모두 공강 요일이나 시간 조건에 맞지 않아요`;
  }
  if (fits.every((l) => keep.some((k) => lecturesClash(k, l)))) {
    const blocker = keep.find((k) => fits.every((l) => lecturesClash(k, l)));
    return blocker
      ? `${name}의 ${fits.length > 1 ? "분반이 모두" : "시간이"} 기존 수업 ${withAndParticle(blocker.name)} 겹쳐요`
      : `${name}의 분반이 모두 기존 수업과 겹쳐요`;
  }
  return null;
}

/** The sentence for an empty result (call it when the search found no combination). */
export function explainEmptyWizard(input: ExplainInput): string {
  const keep = input.keep ?? [];
  for (const k of keep) {
    const why = misfit(k, input);
    if (why) return `${KEPT} ${withSubjectParticle(k.name)} ${why}`;
  }
  for (let i = 0; i < keep.length; i++)
    for (let j = 0; j < i; j++)
      if (lecturesClash(keep[i], keep[j]))
        return `${KEPT} ${withAndParticle(keep[j].name)} ${keep[i].name}의 시간이 겹쳐요`;
  const keptCredits = keep.reduce((s, l) => s + l.credits, 0);
  if (input.maxCredits !== undefined && keptCredits > input.maxCredits)
    return `기존 수업만으로 ${keptCredits}학점이라 최대 학점 ${input.maxCredits}학점을 넘어요`;
  for (const course of input.courses) {
    const why = emptyCourse(course, input);
    if (why) return why;
  }
  if (input.maxCredits !== undefined) {
    const keptIds = new Set(keep.map((l) => l.id));
    const least =
      keptCredits +
      input.courses
        .filter((c) => !c.some((l) => keptIds.has(l.id)))
        .reduce((s, c) => s + Math.min(...c.map((l) => l.credits)), 0);
    if (least > input.maxCredits)
      return `담은 과목을 모두 넣으면 적어도 ${least}학점이라 최대 학점 ${input.maxCredits}학점을 넘어요`;
  }
  for (let i = 0; i < input.courses.length; i++)
    for (let j = 0; j < i; j++) {
      const [a, b] = [input.courses[j], input.courses[i]];
      if (a.every((x) => b.every((y) => lecturesClash(x, y))))
        return `${withAndParticle(a[0].name)} ${b[0].name}의 ${
          a.length + b.length > 2 ? "모든 분반이" : "시간이"
        } 서로 겹쳐요`;
    }
  return "담은 과목의 분반을 어떻게 골라도 시간이 겹쳐요";
}
