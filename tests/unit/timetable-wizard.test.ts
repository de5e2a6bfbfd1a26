import { describe, expect, it } from "vitest";
import type { Day } from "@/lib/lectures/format";
import {
  compareScores,
  runWizard,
  SCHOOL_DAYS,
  WizardTooLargeError,
  type WizardInput,
  type WizardLecture,
  type WizardScore,
} from "@/lib/timetable/wizard";

// The wizard against a brute-force enumerator that knows nothing of bitsets, stacks or pruning:
// it walks the whole cartesian product, checks every rule the plain way and sorts.

const DAYS: Day[] = ["MON", "TUE", "WED", "THU", "FRI", "SAT"];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteForce(input: WizardInput) {
  const keep = input.keep ?? [];
  const free = new Set(input.freeDays ?? []);
  const fits = (l: WizardLecture) =>
    l.times.every(
      (t) =>
        !free.has(t.day) &&
        (input.earliest === undefined || t.startMinute >= input.earliest) &&
        (input.latest === undefined || t.endMinute <= input.latest),
    );
  const clash = (a: WizardLecture, b: WizardLecture) =>
    a.id === b.id ||
    a.times.some((x) =>
      b.times.some(
        (y) =>
          x.day === y.day &&
          Math.max(x.startMinute, y.startMinute) < Math.min(x.endMinute, y.endMinute),
      ),
    );
  const keptIds = new Set(keep.map((l) => l.id));
  const found: { score: WizardScore; lectures: WizardLecture[] }[] = [];
  const walk = (course: number, choice: number[]) => {
    if (course < input.courses.length) {
      input.courses[course].forEach((_, i) => walk(course + 1, [...choice, i]));
      return;
    }
    const picks = choice.map((i, c) => input.courses[c][i]);
    // A course that holds a kept lecture must be that lecture.
    for (let c = 0; c < input.courses.length; c++) {
      const kept = input.courses[c].find((l) => keptIds.has(l.id));
      if (kept && picks[c].id !== kept.id) return;
    }
    const lectures = [...keep, ...picks.filter((l) => !keptIds.has(l.id))];
    if (!lectures.every(fits)) return;
    for (let i = 0; i < lectures.length; i++)
      for (let j = 0; j < i; j++) if (clash(lectures[i], lectures[j])) return;
    const credits = lectures.reduce((s, l) => s + l.credits, 0);
    if (input.maxCredits !== undefined && credits > input.maxCredits) return;
    const meetings = lectures.flatMap((l) => l.times);
    let gaps = 0;
    for (const day of DAYS.concat(["SUN"])) {
      const today = meetings
        .filter((m) => m.day === day)
        .sort((a, b) => a.startMinute - b.startMinute);
      for (let i = 1; i < today.length; i++) gaps += today[i].startMinute - today[i - 1].endMinute;
    }
    const score: WizardScore = {
      free: SCHOOL_DAYS.filter((d) => !meetings.some((m) => m.day === d)).length,
      gaps,
      first: meetings.length ? Math.min(...meetings.map((m) => m.startMinute)) : 24 * 60,
      choice,
    };
    found.push({ score, lectures });
  };
  walk(0, []);
  found.sort((a, b) => compareScores(a.score, b.score));
  const hhmm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return {
    total: found.length,
    items: found.slice(0, input.limit).map(({ lectures }) => {
      const meetings = lectures.flatMap((l) => l.times);
      return {
        lectureIds: lectures.map((l) => l.id),
        totalCredits: lectures.reduce((s, l) => s + l.credits, 0),
        freeDays: SCHOOL_DAYS.filter((d) => !meetings.some((m) => m.day === d)),
        firstClass: meetings.length ? hhmm(Math.min(...meetings.map((m) => m.startMinute))) : null,
        lastClass: meetings.length ? hhmm(Math.max(...meetings.map((m) => m.endMinute))) : null,
      };
    }),
  };
}

/** Lectures like the seed's: 월수/화목 75-minute pairs, 월수금 50-minute triples, weekly blocks, some online. */
function randomLecture(next: () => number, id: number): WizardLecture {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const credits = pick([1, 2, 3, 3, 3]);
  const r = next();
  if (r < 0.08) return { id, credits, times: [] };
  if (r < 0.5) {
    const start = pick([540, 630, 720, 810, 900, 990]);
    return {
      id,
      credits,
      times: pick([
        ["MON", "WED"],
        ["TUE", "THU"],
      ] as Day[][]).map((day) => ({ day, startMinute: start, endMinute: start + 75 })),
    };
  }
  if (r < 0.7) {
    const start = pick([540, 600, 660, 780, 840]);
    return {
      id,
      credits,
      times: (["MON", "WED", "FRI"] as Day[]).map((day) => ({
        day,
        startMinute: start,
        endMinute: start + 50,
      })),
    };
  }
  const start = pick([540, 600, 660, 780, 840, 900, 1080]);
  return {
    id,
    credits,
    times: [{ day: pick(DAYS), startMinute: start, endMinute: start + pick([50, 110, 170]) }],
  };
}

function randomInput(seed: number): WizardInput {
  const next = rng(seed);
  let id = 1;
  const courses = Array.from({ length: 1 + Math.floor(next() * 6) }, () =>
    Array.from({ length: 1 + Math.floor(next() * 4) }, () => randomLecture(next, id++)),
  );
  const keep: WizardLecture[] = [];
  if (next() < 0.3) keep.push(randomLecture(next, id++));
  if (next() < 0.2) keep.push(courses[Math.floor(next() * courses.length)][0]);
  return {
    courses,
    keep,
    freeDays: next() < 0.3 ? [DAYS[Math.floor(next() * 5)]] : [],
    earliest: next() < 0.3 ? 600 : undefined,
    latest: next() < 0.3 ? 1080 : undefined,
    maxCredits: next() < 0.4 ? 6 + Math.floor(next() * 12) : undefined,
    limit: 1 + Math.floor(next() * 30),
  };
}

describe("runWizard", () => {
  it("finds the same combinations, in the same order, as brute force on 400 random inputs", () => {
    let nonEmpty = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const input = randomInput(seed);
      const expected = bruteForce(input);
      expect(runWizard(input), `seed ${seed}`).toEqual(expected);
      if (expected.total > 1) nonEmpty += 1;
    }
    // The inputs exercise the ranking, not only the empty answer.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it("ranks more free days first, then fewer idle minutes, then a later first class", () => {
    const a: WizardLecture = {
      id: 1,
      credits: 3,
      times: [
        { day: "MON", startMinute: 540, endMinute: 615 },
        { day: "WED", startMinute: 540, endMinute: 615 },
      ],
    };
    const b: WizardLecture = {
      id: 2,
      credits: 3,
      times: [
        { day: "TUE", startMinute: 540, endMinute: 615 },
        { day: "THU", startMinute: 540, endMinute: 615 },
      ],
    };
    const c1: WizardLecture = {
      id: 3,
      credits: 3,
      times: [
        { day: "MON", startMinute: 630, endMinute: 705 },
        { day: "WED", startMinute: 630, endMinute: 705 },
      ],
    };
    const c2: WizardLecture = {
      id: 4,
      credits: 3,
      times: [
        { day: "MON", startMinute: 780, endMinute: 855 },
        { day: "WED", startMinute: 780, endMinute: 855 },
      ],
    };
    const c3: WizardLecture = {
      id: 5,
      credits: 3,
      times: [{ day: "FRI", startMinute: 600, endMinute: 675 }],
    };
    const result = runWizard({
      courses: [
        [a, b],
        [c3, c2, c1],
      ],
      limit: 10,
    });
    expect(result.total).toBe(6);
    // a+c1, a+c2: 화목금 free (3), 15 vs 165 idle minutes a day; a+c3 and b+c3: 2 free days, no
    // gaps, both first at 09:00 → course order; b+c2 and b+c1: 1 free day, same → course order.
    expect(result.items.map((i) => i.lectureIds)).toEqual([
      [1, 3],
      [1, 4],
      [1, 5],
      [2, 5],
      [2, 4],
      [2, 3],
    ]);
    expect(result.items[0]).toEqual({
      lectureIds: [1, 3],
      totalCredits: 6,
      freeDays: ["TUE", "THU", "FRI"],
      firstClass: "09:00",
      lastClass: "11:45",
    });
    const late: WizardLecture = {
      id: 6,
      credits: 3,
      times: [
        { day: "MON", startMinute: 600, endMinute: 675 },
        { day: "WED", startMinute: 600, endMinute: 675 },
      ],
    };
    // Same free days and gaps: the later first class wins.
    expect(runWizard({ courses: [[a, late]], limit: 2 }).items.map((i) => i.lectureIds)).toEqual([
      [6],
      [1],
    ]);
  });

  it("keeps kept lectures, honours free days, earliest, latest and max credits", () => {
    const mw9: WizardLecture = {
      id: 1,
      credits: 3,
      times: [
        { day: "MON", startMinute: 540, endMinute: 615 },
        { day: "WED", startMinute: 540, endMinute: 615 },
      ],
    };
    const tt12: WizardLecture = {
      id: 2,
      credits: 3,
      times: [
        { day: "TUE", startMinute: 720, endMinute: 795 },
        { day: "THU", startMinute: 720, endMinute: 795 },
      ],
    };
    const fri: WizardLecture = {
      id: 3,
      credits: 2,
      times: [{ day: "FRI", startMinute: 780, endMinute: 890 }],
    };
    const online: WizardLecture = { id: 4, credits: 1, times: [] };
    expect(
      runWizard({ courses: [[mw9, tt12]], earliest: 600, limit: 5 }).items.map((i) => i.lectureIds),
    ).toEqual([[2]]);
    expect(
      runWizard({ courses: [[mw9, tt12, fri]], freeDays: ["FRI", "TUE"], limit: 5 }).items.map(
        (i) => i.lectureIds,
      ),
    ).toEqual([[1]]);
    expect(runWizard({ courses: [[mw9, tt12, fri]], latest: 800, limit: 5 }).total).toBe(2);
    expect(
      runWizard({
        courses: [[mw9], [tt12, online]],
        keep: [fri],
        maxCredits: 6,
        limit: 5,
      }).items.map((i) => i.lectureIds),
    ).toEqual([[3, 1, 4]]);
    expect(runWizard({ courses: [[mw9]], keep: [fri], freeDays: ["FRI"], limit: 5 })).toEqual({
      items: [],
      total: 0,
    });
    expect(runWizard({ courses: [[mw9, tt12]], limit: 0 })).toEqual({ items: [], total: 2 });
  });

  it("refuses a search that would not end", () => {
    const online = (id: number): WizardLecture => ({ id, credits: 1, times: [] });
    const courses = Array.from({ length: 15 }, (_, c) =>
      Array.from({ length: 10 }, (_, s) => online(c * 10 + s + 1)),
    );
    expect(() => runWizard({ courses, limit: 10, nodeBudget: 50_000 })).toThrow(
      WizardTooLargeError,
    );
  });

  it("gives up once its CPU budget is spent (issue 26.5), reading the clock it is given", () => {
    const online = (id: number): WizardLecture => ({ id, credits: 1, times: [] });
    const courses = Array.from({ length: 15 }, (_, c) =>
      Array.from({ length: 20 }, (_, s) => online(c * 20 + s + 1)),
    );
    // A clock that advances 10 ms per reading: the budget of 50 ms is gone on the sixth reading,
    // long before the node budget.
    let readings = 0;
    const now = () => 10 * readings++;
    expect(() => runWizard({ courses, limit: 10, cpu: { budgetMs: 50, now } })).toThrow(
      WizardTooLargeError,
    );
    expect(readings).toBe(7);
    // A small search never spends it: the same clock, read rarely enough, lets it finish.
    readings = 0;
    const small = runWizard({
      courses: courses.slice(0, 3).map((c) => c.slice(0, 4)),
      limit: 5,
      cpu: { budgetMs: 50, now },
    });
    expect(small.total).toBe(64);
    expect(readings).toBeLessThanOrEqual(2);
  });
});
