import { formatMinute, WEEKDAYS, type Day } from "@/lib/lectures/format";

// 시간표 마법사, the pure search. Given courses (each a list of acceptable sections, choose exactly
// one) and constraints, it finds EVERY conflict-free combination that fits, counts them, and keeps
// the best `limit` of them in rank order:
//   1. more free weekdays (월–금 without any class), 2. fewer idle minutes between the first and
//   last class of each day, 3. a later first class of the week, 4. (a total order, so the answer
//   is deterministic) the earlier sections in course order.
// Kept lectures are in every combination. The search is a depth-first backtrack over courses with
// a precomputed pairwise conflict bitset per section (so "does this section fit?" is one AND of a
// few machine words), per-day aggregates pushed on a stack (so a leaf is scored in 7 steps), a
// credit bound (prune when even the lightest remaining sections overflow maxCredits), and
// constraint filters (free days, earliest, latest) applied to sections before the search starts.

export type WizardMeeting = { day: Day; startMinute: number; endMinute: number };
export type WizardLecture = { id: number; credits: number; times: WizardMeeting[] };

export type WizardInput = {
  courses: WizardLecture[][];
  keep?: WizardLecture[];
  freeDays?: Day[];
  /** Minutes from midnight: no class may start before / end after. */
  earliest?: number;
  latest?: number;
  maxCredits?: number;
  limit: number;
  /** Search nodes allowed before giving up with WizardTooLargeError (default 1 million). */
  nodeBudget?: number;
  /**
   * CPU time allowed, with the clock that measures it (milliseconds of CPU, e.g. from
   * process.cpuUsage()): past it, WizardTooLargeError. Read every CLOCK_EVERY steps.
   */
  cpu?: { budgetMs: number; now: () => number };
};

/** Steps (search nodes, conflict pairs) between two readings of the CPU clock. */
const CLOCK_EVERY = 1024;

export type WizardItem = {
  lectureIds: number[];
  totalCredits: number;
  freeDays: Day[];
  firstClass: string | null;
  lastClass: string | null;
};

export type WizardResult = { items: WizardItem[]; total: number };

export class WizardTooLargeError extends Error {
  constructor() {
    super("조합이 너무 많습니다. 과목이나 분반을 줄이거나 조건을 더해 주세요.");
    this.name = "WizardTooLargeError";
  }
}

export const SCHOOL_DAYS: readonly Day[] = ["MON", "TUE", "WED", "THU", "FRI"];
const DAY_INDEX = new Map<Day, number>(WEEKDAYS.map((d, i) => [d, i]));
const SCHOOL_DAY_MASK = 0b11111; // MON..FRI are bits 0..4
const NO_CLASS = 24 * 60; // "first class" of a combination without meetings: as late as can be

/** Ranking key of a combination; `choice` is the chosen section index per course. */
export type WizardScore = { free: number; gaps: number; first: number; choice: number[] };

/** Best first. Exported so the brute-force test ranks with the very same order. */
export function compareScores(a: WizardScore, b: WizardScore): number {
  if (a.free !== b.free) return b.free - a.free;
  if (a.gaps !== b.gaps) return a.gaps - b.gaps;
  if (a.first !== b.first) return b.first - a.first;
  for (let i = 0; i < a.choice.length; i++)
    if (a.choice[i] !== b.choice[i]) return a.choice[i] - b.choice[i];
  return 0;
}

/** Does a lecture satisfy the per-lecture constraints (free days, earliest, latest)? */
export function lectureFits(
  lecture: WizardLecture,
  input: Pick<WizardInput, "freeDays" | "earliest" | "latest">,
): boolean {
  const free = new Set(input.freeDays ?? []);
  return lecture.times.every(
    (t) =>
      !free.has(t.day) &&
      (input.earliest === undefined || t.startMinute >= input.earliest) &&
      (input.latest === undefined || t.endMinute <= input.latest),
  );
}

/** Two lectures clash when they are the same lecture or any of their meetings overlap. */
export function lecturesClash(a: WizardLecture, b: WizardLecture): boolean {
  if (a.id === b.id) return true;
  return a.times.some((x) =>
    b.times.some(
      (y) => x.day === y.day && x.startMinute < y.endMinute && y.startMinute < x.endMinute,
    ),
  );
}

type Section = {
  lecture: WizardLecture;
  /** Original index within its course (for the tie-break). */
  index: number;
  dayMask: number;
  /** Per day (7): earliest start, latest end, busy minutes; -1 start when it does not meet. */
  dayStart: Int32Array;
  dayEnd: Int32Array;
  dayBusy: Int32Array;
  conflicts: Uint32Array;
};

function sectionOf(lecture: WizardLecture, index: number, words: number): Section {
  const dayStart = new Int32Array(7).fill(-1);
  const dayEnd = new Int32Array(7);
  const dayBusy = new Int32Array(7);
  let dayMask = 0;
  for (const t of lecture.times) {
    const d = DAY_INDEX.get(t.day)!;
    dayMask |= 1 << d;
    dayStart[d] = dayStart[d] < 0 ? t.startMinute : Math.min(dayStart[d], t.startMinute);
    dayEnd[d] = Math.max(dayEnd[d], t.endMinute);
    dayBusy[d] += t.endMinute - t.startMinute;
  }
  return { lecture, index, dayMask, dayStart, dayEnd, dayBusy, conflicts: new Uint32Array(words) };
}

export function runWizard(input: WizardInput): WizardResult {
  const keep = input.keep ?? [];
  const limit = Math.max(0, input.limit);
  const maxCredits = input.maxCredits ?? Infinity;
  const budget = input.nodeBudget ?? 1_000_000;
  const empty: WizardResult = { items: [], total: 0 };
  const cpu = input.cpu;
  const cpuDeadline = cpu ? cpu.now() + cpu.budgetMs : Infinity;
  let steps = 0;
  /** Counts `n` steps of work; past the CPU budget, gives up. */
  const spend = (n: number) => {
    steps += n;
    if (steps < CLOCK_EVERY) return;
    steps = 0;
    if (cpu && cpu.now() > cpuDeadline) throw new WizardTooLargeError();
  };

  // Kept lectures are fixed: they must fit the constraints and each other.
  if (!keep.every((l) => lectureFits(l, input))) return empty;
  for (let i = 0; i < keep.length; i++)
    for (let j = 0; j < i; j++) if (lecturesClash(keep[i], keep[j])) return empty;
  const keptIds = new Set(keep.map((l) => l.id));
  const keepCredits = keep.reduce((s, l) => s + l.credits, 0);
  if (keepCredits > maxCredits) return empty;

  // Candidates per course: a course that contains a kept lecture is satisfied by it; otherwise its
  // sections that fit the constraints and do not clash with a kept lecture.
  const courseCount = input.courses.length;
  const candidates: { lecture: WizardLecture; index: number; kept: boolean }[][] =
    input.courses.map((sections) => {
      const keptIndex = sections.findIndex((l) => keptIds.has(l.id));
      if (keptIndex >= 0) return [{ lecture: sections[keptIndex], index: keptIndex, kept: true }];
      return sections
        .map((lecture, index) => ({ lecture, index, kept: false }))
        .filter(
          ({ lecture }) =>
            lectureFits(lecture, input) && !keep.some((k) => lecturesClash(k, lecture)),
        );
    });
  if (candidates.some((c) => c.length === 0)) return empty;

  // Flatten, and precompute the pairwise conflict bitsets.
  const flat: { course: number; kept: boolean; section: Section }[] = [];
  const total = candidates.reduce((n, c) => n + c.length, 0);
  const words = Math.max(1, Math.ceil(total / 32));
  const byCourse: number[][] = candidates.map((list, course) =>
    list.map((c) => {
      flat.push({ course, kept: c.kept, section: sectionOf(c.lecture, c.index, words) });
      return flat.length - 1;
    }),
  );
  for (let i = 0; i < flat.length; i++) {
    spend(i);
    for (let j = 0; j < i; j++) {
      if (flat[i].course === flat[j].course) continue;
      if (!lecturesClash(flat[i].section.lecture, flat[j].section.lecture)) continue;
      flat[i].section.conflicts[j >>> 5] |= 1 << (j & 31);
      flat[j].section.conflicts[i >>> 5] |= 1 << (i & 31);
    }
  }

  // Per-day aggregates of the kept lectures are the base of the stack.
  const base = sectionOf({ id: -1, credits: 0, times: keep.flatMap((l) => l.times) }, 0, 1);

  // Credits (kept sections count 0: they are already in keepCredits) and the lightest remaining.
  const creditOf = (k: number) => (flat[k].kept ? 0 : flat[k].section.lecture.credits);
  const minRest = new Array<number>(courseCount + 1).fill(0);
  for (let d = courseCount - 1; d >= 0; d--)
    minRest[d] = minRest[d + 1] + Math.min(...byCourse[d].map(creditOf));
  if (keepCredits + minRest[0] > maxCredits) return empty;

  const blocked = new Uint32Array((courseCount + 1) * words);
  const dStart = new Int32Array((courseCount + 1) * 7);
  const dEnd = new Int32Array((courseCount + 1) * 7);
  const dBusy = new Int32Array((courseCount + 1) * 7);
  const dMask = new Int32Array(courseCount + 1);
  for (let d = 0; d < 7; d++) {
    dStart[d] = base.dayStart[d];
    dEnd[d] = base.dayEnd[d];
    dBusy[d] = base.dayBusy[d];
  }
  dMask[0] = base.dayMask;

  const chosen = new Int32Array(courseCount);
  const best: (WizardScore & { picks: number[] })[] = [];
  let count = 0;
  let nodes = 0;

  const leaf = () => {
    count += 1;
    if (limit === 0) return;
    const o = courseCount * 7;
    let gaps = 0;
    let first = NO_CLASS;
    for (let d = 0; d < 7; d++) {
      const s = dStart[o + d];
      if (s < 0) continue;
      gaps += dEnd[o + d] - s - dBusy[o + d];
      if (s < first) first = s;
    }
    const free = popcount(~dMask[courseCount] & SCHOOL_DAY_MASK);
    // Leaves come in lexicographic order of their section indices (depth-first, sections in
    // order), so a leaf that ties an earlier one on the three ranking keys ranks after it: the
    // tie-break never needs comparing, and a leaf no better than the worst kept one is dropped
    // before anything is allocated.
    const ranksFirst = (r: WizardScore) =>
      r.free !== free ? r.free > free : r.gaps !== gaps ? r.gaps < gaps : r.first >= first;
    if (best.length === limit && ranksFirst(best[best.length - 1])) return;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ranksFirst(best[mid])) lo = mid + 1;
      else hi = mid;
    }
    const choice = Array.from(chosen, (k) => flat[k].section.index);
    best.splice(lo, 0, { free, gaps, first, choice, picks: Array.from(chosen) });
    if (best.length > limit) best.pop();
  };

  const search = (depth: number, credits: number) => {
    if (++nodes > budget) throw new WizardTooLargeError();
    spend(1);
    if (depth === courseCount) return leaf();
    const b = depth * words;
    const nb = b + words;
    for (const k of byCourse[depth]) {
      if (blocked[b + (k >>> 5)] & (1 << (k & 31))) continue;
      const c = credits + creditOf(k);
      if (c + minRest[depth + 1] > maxCredits) continue;
      const sec = flat[k].section;
      for (let w = 0; w < words; w++) blocked[nb + w] = blocked[b + w] | sec.conflicts[w];
      const o = depth * 7;
      const n = o + 7;
      for (let d = 0; d < 7; d++) {
        const s = sec.dayStart[d];
        if (s < 0) {
          dStart[n + d] = dStart[o + d];
          dEnd[n + d] = dEnd[o + d];
          dBusy[n + d] = dBusy[o + d];
        } else {
          dStart[n + d] = dStart[o + d] < 0 ? s : Math.min(dStart[o + d], s);
          dEnd[n + d] = Math.max(dEnd[o + d], sec.dayEnd[d]);
          dBusy[n + d] = dBusy[o + d] + sec.dayBusy[d];
        }
      }
      dMask[depth + 1] = dMask[depth] | sec.dayMask;
      chosen[depth] = k;
      search(depth + 1, c);
    }
  };
  search(0, keepCredits);

  const items = best.map((r) => {
    const picked = r.picks
      .map((k) => flat[k])
      .filter((f) => !f.kept)
      .map((f) => f.section.lecture);
    const lectures = [...keep, ...picked];
    const meetings = lectures.flatMap((l) => l.times);
    const days = new Set(meetings.map((t) => t.day));
    return {
      lectureIds: lectures.map((l) => l.id),
      totalCredits: lectures.reduce((s, l) => s + l.credits, 0),
      freeDays: SCHOOL_DAYS.filter((d) => !days.has(d)),
      firstClass: meetings.length
        ? formatMinute(Math.min(...meetings.map((t) => t.startMinute)))
        : null,
      lastClass: meetings.length
        ? formatMinute(Math.max(...meetings.map((t) => t.endMinute)))
        : null,
    };
  });
  return { items, total: count };
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
