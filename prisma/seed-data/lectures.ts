import type { Weekday } from "@/generated/prisma/enums";
import {
  CATALOG,
  FIXTURE_COURSES,
  hm,
  type Catalog,
  type CourseSpec,
  type Pattern,
  type TimeSlot,
} from "./catalog";
import { createRng, type Rng } from "./random";
import { domainTreeFor, GENERAL_HUMANITIES_PATH, type DomainNode } from "./domains";
import type { BuildingGroup, SeedSchool } from "./schools";

/** The semester the demo data is about (the timetable page opens on it with CURRENT_SEMESTER=2026-2). */
export const SEED_SEMESTER = "2026-2";
/** The one before, with fewer lectures, so the semester filter has something to filter. */
export const SEED_PREVIOUS_SEMESTER = "2026-1";

/**
 * Codes of well-known lectures, for tests. They exist in every school in SEED_SEMESTER, all under
 * 교양 › 일반교양 › 16이후, 공학 › 인문계열 except `saturday` (교양 › 교직).
 * - touchFirst 월·수 10:30–11:45 and touchSecond 월·수 11:45–13:00 share a boundary: both fit one timetable.
 * - overlapsFirst 월 10:00–11:15 (and 목) overlaps touchFirst only.
 * - online has no meeting times.
 * - saturday meets 토 09:00–12:00.
 */
export const SEED_FIXTURES = {
  semester: SEED_SEMESTER,
  previousSemester: SEED_PREVIOUS_SEMESTER,
  lectures: {
    touchFirst: { code: FIXTURE_COURSES.touchFirst.code, name: FIXTURE_COURSES.touchFirst.name },
    touchSecond: { code: FIXTURE_COURSES.touchSecond.code, name: FIXTURE_COURSES.touchSecond.name },
    overlapsFirst: {
      code: FIXTURE_COURSES.overlapsFirst.code,
      name: FIXTURE_COURSES.overlapsFirst.name,
    },
    online: { code: FIXTURE_COURSES.online.code, name: FIXTURE_COURSES.online.name },
    saturday: { code: FIXTURE_COURSES.saturday.code, name: FIXTURE_COURSES.saturday.name },
  },
  /** The domain of touchFirst, touchSecond, overlapsFirst and online, by names from the top. */
  domainPath: GENERAL_HUMANITIES_PATH,
  /** Every lecture code under domainPath in SEED_SEMESTER (fixtures and generated). */
  domainLectureCodes: CATALOG.GEH.courses.map(
    (course, i) => course.code ?? courseCode("GEH", course, i, 1),
  ),
} as const;

// ---------------------------------------------------------------------------------------------
// Generation

const SURNAMES = [
  "김",
  "김",
  "김",
  "이",
  "이",
  "이",
  "박",
  "박",
  "최",
  "정",
  "강",
  "조",
  "윤",
  "장",
  "임",
  "한",
  "오",
  "서",
  "신",
  "권",
  "황",
  "안",
  "송",
  "류",
  "전",
  "홍",
  "고",
  "문",
  "양",
  "손",
  "배",
  "백",
  "허",
  "남",
  "노",
  "하",
  "곽",
  "성",
  "차",
  "주",
  "우",
  "구",
  "민",
  "진",
];
const GIVEN_FIRST = [
  "민",
  "서",
  "지",
  "현",
  "준",
  "영",
  "수",
  "진",
  "예",
  "하",
  "은",
  "도",
  "재",
  "성",
  "혜",
  "경",
  "동",
  "상",
  "태",
  "승",
  "용",
  "미",
  "선",
  "연",
  "주",
  "원",
  "정",
  "희",
  "세",
  "유",
];
const GIVEN_SECOND = [
  "준",
  "호",
  "우",
  "진",
  "영",
  "희",
  "숙",
  "수",
  "민",
  "현",
  "석",
  "훈",
  "철",
  "아",
  "연",
  "은",
  "빈",
  "윤",
  "혁",
  "기",
  "환",
  "정",
  "경",
  "미",
  "원",
  "규",
  "식",
  "나",
];

function personName(rng: Rng): string {
  const [surname, first, second] = [
    rng.pick(SURNAMES),
    rng.pick(GIVEN_FIRST),
    rng.pick(GIVEN_SECOND),
  ];
  // "하하민", "성연연" read like typos: draw again.
  if (first === surname || second === first || second === surname) return personName(rng);
  return surname + first + second;
}

function courseCode(prefix: string, course: CourseSpec, index: number, section: number) {
  const level = course.grade ?? 1;
  return `${prefix}${level}${String(index + 1).padStart(2, "0")}0-${String(section).padStart(2, "0")}`;
}

// Common start times of 75-minute classes (09:00 … 18:00) and 50-minute MWF classes.
const TT_STARTS = [hm(9), hm(10, 30), hm(12), hm(13, 30), hm(15), hm(16, 30), hm(18)];
const MWF_STARTS = [hm(9), hm(10), hm(11), hm(12), hm(13), hm(14), hm(15), hm(16)];
const LAB_STARTS = [hm(9), hm(10), hm(13), hm(14)];
const WEEKLY_STARTS = [hm(9), hm(10), hm(11), hm(13), hm(14), hm(15), hm(16), hm(18)];
const WEEKDAYS: Weekday[] = ["MON", "TUE", "WED", "THU", "FRI"];

function roomFor(rng: Rng, school: SeedSchool, group: BuildingGroup) {
  const building = rng.pick(school.buildings[group]);
  if (rng.chance(0.12)) return `${building} B1${String(rng.int(1, 12)).padStart(2, "0")}`;
  return `${building} ${rng.int(1, 6)}${String(rng.int(1, 20)).padStart(2, "0")}`;
}

function timesFor(rng: Rng, pattern: Pattern, credits: number, room: string): TimeSlot[] {
  switch (pattern) {
    case "online":
      return [];
    case "tt": {
      const days: Weekday[] = rng.chance(0.5) ? ["MON", "WED"] : ["TUE", "THU"];
      const start = rng.pick(TT_STARTS);
      return days.map((day) => ({ day, start, end: start + 75, room }));
    }
    case "mwf": {
      const start = rng.pick(MWF_STARTS);
      return (["MON", "WED", "FRI"] as Weekday[]).map((day) => ({
        day,
        start,
        end: start + 50,
        room,
      }));
    }
    case "lab": {
      const start = rng.pick(LAB_STARTS);
      return [{ day: rng.pick(WEEKDAYS), start, end: start + 180, room }];
    }
    case "evening":
      return [{ day: rng.pick(WEEKDAYS), start: hm(18), end: hm(20, 45), room }];
    case "weekly": {
      const start = rng.pick(WEEKLY_STARTS);
      return [{ day: rng.pick(WEEKDAYS), start, end: start + (credits >= 2 ? 110 : 50), room }];
    }
    case "sat": {
      const start = rng.pick([hm(9), hm(13)]);
      return [{ day: "SAT", start, end: start + 180, room }];
    }
  }
}

function defaultPattern(rng: Rng, credits: number): Pattern {
  if (credits <= 2) return "weekly";
  const r = rng.next();
  if (r < 0.72) return "tt";
  if (r < 0.94) return "mwf";
  return "evening";
}

export type LecturePlan = {
  code: string;
  name: string;
  professor: string;
  credits: number;
  grade: number | null;
  semester: string;
  /** Names from the top of the tree down to the lecture's domain. */
  domainPath: string[];
  times: TimeSlot[];
};

type Leaf = { path: string[]; catalog: Catalog };

function leavesOf(nodes: DomainNode[], parent: string[] = []): Leaf[] {
  return nodes.flatMap((node) => {
    const path = [...parent, node.name];
    const own = node.catalog ? [{ path, catalog: CATALOG[node.catalog] as Catalog }] : [];
    return [...own, ...leavesOf(node.children ?? [], path)];
  });
}

/** Every lecture of a school: SEED_SEMESTER in full, and a part of the catalogue again in SEED_PREVIOUS_SEMESTER. */
export function lecturePlansFor(school: SeedSchool): LecturePlan[] {
  const plans: LecturePlan[] = [];
  for (const leaf of leavesOf(domainTreeFor(school.key))) {
    const { prefix, building, courses } = leaf.catalog;
    const rng = createRng(`${school.key}:lectures:${prefix}`);
    const professors = Array.from({ length: leaf.catalog.professors }, () => personName(rng));
    courses.forEach((course, index) => {
      const credits = course.credits ?? 3;
      const sections = course.sections ?? 1;
      for (let section = 1; section <= sections; section++) {
        const room = roomFor(rng, school, building);
        const pattern = course.pattern ?? defaultPattern(rng, credits);
        plans.push({
          code:
            course.code && section === 1 ? course.code : courseCode(prefix, course, index, section),
          name: course.name,
          professor: rng.pick(professors),
          credits,
          grade: course.grade,
          semester: SEED_SEMESTER,
          domainPath: leaf.path,
          times: course.times ?? timesFor(rng, pattern, credits, room),
        });
      }
    });
  }

  // The previous semester: the first section of about one course in six, taught again by someone
  // from the same pool at another time.
  const rng = createRng(`${school.key}:lectures:${SEED_PREVIOUS_SEMESTER}`);
  const fixtureCodes = new Set<string>(Object.values(SEED_FIXTURES.lectures).map((l) => l.code));
  const firstSections = plans.filter((p) => p.code.endsWith("-01") && !fixtureCodes.has(p.code));
  for (const plan of rng.sample(
    firstSections,
    Math.max(24, Math.round(firstSections.length / 5)),
  )) {
    const credits = plan.credits;
    const room = plan.times[0]?.room ?? roomFor(rng, school, "general");
    plans.push({
      ...plan,
      semester: SEED_PREVIOUS_SEMESTER,
      professor: rng.chance(0.6) ? plan.professor : personName(rng),
      times:
        plan.times.length === 0
          ? []
          : timesFor(rng, credits <= 2 ? "weekly" : rng.chance(0.75) ? "tt" : "mwf", credits, room),
    });
  }
  return plans;
}
