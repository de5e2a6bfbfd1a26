import type { Weekday } from "@/generated/prisma/enums";
import { createRng, type Rng } from "./random";
import { domainTreeFor, GENERAL_HUMANITIES_PATH, type DomainNode } from "./domains";
import type { BuildingGroup, SeedSchool } from "./schools";

/** The semester the demo data is about (the timetable page opens on it with CURRENT_SEMESTER=2026-2). */
export const SEED_SEMESTER = "2026-2";
/** The one before, with fewer lectures, so the semester filter has something to filter. */
export const SEED_PREVIOUS_SEMESTER = "2026-1";

export type TimeSlot = { day: Weekday; start: number; end: number; room?: string };

type Pattern = "tt" | "mwf" | "lab" | "evening" | "weekly" | "online" | "sat";

type CourseSpec = {
  name: string;
  /** 학년; null for 교양. */
  grade: number | null;
  credits?: number;
  sections?: number;
  pattern?: Pattern;
  /** Fixed code and times (test fixtures); otherwise generated. */
  code?: string;
  times?: TimeSlot[];
};

type Catalog = {
  prefix: string;
  building: BuildingGroup;
  professors: number;
  courses: CourseSpec[];
};

const c = (
  name: string,
  grade: number | null,
  extra: Omit<CourseSpec, "name" | "grade"> = {},
): CourseSpec => ({ name, grade, ...extra });

const hm = (h: number, m = 0) => h * 60 + m;

/** A 교양 test fixture: its code is fixed. */
const fixture = (
  name: string,
  extra: Omit<CourseSpec, "name" | "grade" | "code"> & { code: string },
): CourseSpec & { code: string } => ({ name, grade: null, ...extra });

// Test fixtures (see SEED_FIXTURES): fixed codes and times, the same in every school.
const FIXTURE_COURSES = {
  touchFirst: fixture("서양철학의이해", {
    code: "GEH1010-01",
    times: [
      { day: "MON", start: hm(10, 30), end: hm(11, 45), room: "인문관 301" },
      { day: "WED", start: hm(10, 30), end: hm(11, 45), room: "인문관 301" },
    ],
  }),
  touchSecond: fixture("문학과사회", {
    code: "GEH1020-01",
    times: [
      { day: "MON", start: hm(11, 45), end: hm(13, 0), room: "인문관 302" },
      { day: "WED", start: hm(11, 45), end: hm(13, 0), room: "인문관 302" },
    ],
  }),
  overlapsFirst: fixture("한국근현대사의이해", {
    code: "GEH1030-01",
    times: [
      { day: "MON", start: hm(10, 0), end: hm(11, 15), room: "인문관 B102" },
      { day: "THU", start: hm(10, 0), end: hm(11, 15), room: "인문관 B102" },
    ],
  }),
  online: fixture("동양고전읽기(온라인)", { code: "GEH1040-01", pattern: "online" }),
  saturday: fixture("교육봉사활동", {
    code: "EDU1040-01",
    credits: 2,
    times: [{ day: "SAT", start: hm(9, 0), end: hm(12, 0), room: "교양관 105" }],
  }),
} satisfies Record<string, CourseSpec>;

export type CatalogKey = keyof typeof CATALOG;

export const CATALOG = {
  CSE: {
    prefix: "CSE",
    building: "engineering",
    professors: 6,
    courses: [
      c("이산수학", 1),
      c("객체지향프로그래밍", 2, { sections: 2 }),
      c("자료구조", 2, { sections: 2 }),
      c("컴퓨터구조", 2),
      c("시스템프로그래밍", 3),
      c("운영체제", 3, { sections: 2 }),
      c("알고리즘", 3, { sections: 2 }),
      c("데이터베이스", 3),
      c("컴퓨터네트워크", 3),
      c("프로그래밍언어론", 3),
      c("컴파일러", 4),
      c("인공지능", 4),
      c("캡스톤디자인", 4, { pattern: "lab" }),
    ],
  },
  SWE: {
    prefix: "SWE",
    building: "engineering",
    professors: 3,
    courses: [
      c("웹프로그래밍", 2),
      c("오픈소스소프트웨어", 2),
      c("소프트웨어공학", 3),
      c("모바일앱프로그래밍", 3),
      c("정보보호개론", 3),
      c("클라우드컴퓨팅", 4),
    ],
  },
  EEE: {
    prefix: "EEE",
    building: "engineering",
    professors: 5,
    courses: [
      c("회로이론1", 2),
      c("전자회로1", 2),
      c("신호및시스템", 2),
      c("디지털논리회로", 2),
      c("전자기학", 3),
      c("반도체소자", 3),
      c("통신이론", 3),
      c("제어공학", 3),
      c("마이크로프로세서응용", 3, { pattern: "lab" }),
      c("전자공학실험", 2, { credits: 2, pattern: "lab" }),
    ],
  },
  MEE: {
    prefix: "MEE",
    building: "engineering",
    professors: 4,
    courses: [
      c("정역학", 1),
      c("동역학", 2),
      c("재료역학", 2),
      c("열역학", 2),
      c("유체역학", 3),
      c("기계설계", 3),
      c("기계공작법", 3),
      c("자동제어", 4),
      c("기계공학실험", 3, { credits: 2, pattern: "lab" }),
    ],
  },
  CHE: {
    prefix: "CHE",
    building: "engineering",
    professors: 3,
    courses: [
      c("화공양론", 2),
      c("화공열역학", 2),
      c("반응공학", 3),
      c("이동현상", 3),
      c("화학공정설계", 4),
    ],
  },
  IND: {
    prefix: "IND",
    building: "engineering",
    professors: 3,
    courses: [
      c("확률및통계", 2),
      c("경영과학", 2),
      c("생산관리", 3),
      c("품질경영", 3),
      c("데이터마이닝", 4),
    ],
  },
  KOR: {
    prefix: "KOR",
    building: "humanities",
    professors: 3,
    courses: [
      c("국어학개론", 1),
      c("현대문학개론", 1),
      c("고전시가론", 2),
      c("현대소설론", 2),
      c("국어문법론", 3),
      c("한국현대시인론", 3),
    ],
  },
  ELL: {
    prefix: "ELL",
    building: "humanities",
    professors: 4,
    courses: [
      c("영문학개론", 1),
      c("영어학개론", 1),
      c("영미소설읽기", 2),
      c("영어음성학", 2),
      c("셰익스피어", 3),
      c("미국문학사", 3),
      c("영어통번역연습", 3),
    ],
  },
  HIS: {
    prefix: "HIS",
    building: "humanities",
    professors: 3,
    courses: [
      c("한국사개론", 1),
      c("동양사개론", 1),
      c("서양사개론", 1),
      c("조선시대사", 3),
      c("서양근대사", 3),
    ],
  },
  PHI: {
    prefix: "PHI",
    building: "humanities",
    professors: 3,
    courses: [
      c("철학개론", 1),
      c("논리학", 1),
      c("윤리학", 2),
      c("동양철학의이해", 2),
      c("서양근대철학", 3),
    ],
  },
  ECO: {
    prefix: "ECO",
    building: "social",
    professors: 4,
    courses: [
      c("경제학원론", 1, { sections: 2 }),
      c("미시경제원론", 2),
      c("거시경제원론", 2),
      c("계량경제학", 3),
      c("국제경제학", 3),
      c("화폐금융론", 3),
      c("재정학", 4),
    ],
  },
  PSY: {
    prefix: "PSY",
    building: "social",
    professors: 4,
    courses: [
      c("심리학개론", 1, { sections: 2 }),
      c("심리통계", 2),
      c("발달심리학", 2),
      c("사회심리학", 2),
      c("인지심리학", 3),
      c("임상심리학", 3),
      c("상담심리학", 4),
    ],
  },
  SOC: {
    prefix: "SOC",
    building: "social",
    professors: 2,
    courses: [c("사회학개론", 1), c("사회조사방법론", 2), c("현대사회이론", 3), c("도시사회학", 3)],
  },
  POL: {
    prefix: "POL",
    building: "social",
    professors: 2,
    courses: [c("정치학개론", 1), c("국제정치론", 2), c("비교정치론", 3), c("한국정치론", 3)],
  },
  MTH: {
    prefix: "MTH",
    building: "science",
    professors: 4,
    courses: [
      c("선형대수학", 1, { sections: 2 }),
      c("해석학1", 2),
      c("미분방정식", 2),
      c("현대대수학1", 3),
      c("위상수학", 3),
      c("복소해석학", 3),
      c("수치해석", 4),
    ],
  },
  PHY: {
    prefix: "PHY",
    building: "science",
    professors: 3,
    courses: [
      c("역학1", 2),
      c("전자기학1", 2),
      c("양자역학1", 3),
      c("열및통계물리", 3),
      c("물리학실험", 2, { credits: 2, pattern: "lab" }),
    ],
  },
  CHM: {
    prefix: "CHM",
    building: "science",
    professors: 3,
    courses: [
      c("유기화학1", 2),
      c("물리화학1", 2),
      c("분석화학", 2),
      c("무기화학", 3),
      c("화학실험", 2, { credits: 2, pattern: "lab" }),
    ],
  },
  BIO: {
    prefix: "BIO",
    building: "science",
    professors: 2,
    courses: [c("세포생물학", 2), c("유전학", 2), c("분자생물학", 3), c("생화학", 3)],
  },
  BUS: {
    prefix: "BUS",
    building: "business",
    professors: 5,
    courses: [
      c("경영학원론", 1, { sections: 2 }),
      c("회계원리", 1),
      c("마케팅원론", 2),
      c("재무관리", 2),
      c("조직행동론", 2),
      c("인사관리", 3),
      c("투자론", 3, { pattern: "evening" }),
      c("소비자행동론", 3),
      c("경영전략", 4),
    ],
  },
  GEH: {
    prefix: "GEH",
    building: "humanities",
    professors: 4,
    courses: [
      FIXTURE_COURSES.touchFirst,
      FIXTURE_COURSES.touchSecond,
      FIXTURE_COURSES.overlapsFirst,
      FIXTURE_COURSES.online,
      c("영화로읽는인문학", null),
      c("신화와상상력", null),
    ],
  },
  GES: {
    prefix: "GES",
    building: "social",
    professors: 3,
    courses: [
      c("현대사회와윤리", null),
      c("법과생활", null),
      c("경제생활의이해", null),
      c("미디어와사회", null),
    ],
  },
  GEN: {
    prefix: "GEN",
    building: "science",
    professors: 3,
    courses: [
      c("생활속의화학", null),
      c("우주의이해", null),
      c("생명과학과인간", null),
      c("인공지능의이해(온라인)", null, { pattern: "online" }),
    ],
  },
  GNH: {
    prefix: "GNH",
    building: "general",
    professors: 3,
    courses: [
      c("세계문학산책", null),
      c("예술의이해", null),
      c("음악의이해", null, { credits: 2, pattern: "weekly" }),
    ],
  },
  GNS: {
    prefix: "GNS",
    building: "general",
    professors: 3,
    courses: [
      c("심리학의이해", null),
      c("성과사회", null),
      c("리더십과커뮤니케이션", null, { pattern: "evening" }),
    ],
  },
  GNN: {
    prefix: "GNN",
    building: "general",
    professors: 3,
    courses: [
      c("수학의세계", null),
      c("생활속의통계(온라인)", null, { pattern: "online" }),
      c("환경과인간", null),
    ],
  },
  GOL: {
    prefix: "GOL",
    building: "general",
    professors: 2,
    courses: [
      c("대학생활과진로(온라인)", null, { credits: 1, pattern: "online" }),
      c("한국의전통문화", null),
    ],
  },
  CRA: {
    prefix: "CRA",
    building: "general",
    professors: 2,
    courses: [c("서양미술사", null), c("한국문학과영화", null)],
  },
  CRH: {
    prefix: "CRH",
    building: "general",
    professors: 2,
    courses: [c("동서양의고전", null), c("과학기술과철학", null)],
  },
  CRS: {
    prefix: "CRS",
    building: "general",
    professors: 2,
    courses: [c("현대사회의이해", null), c("세계화와다문화", null)],
  },
  CRT: {
    prefix: "CRT",
    building: "general",
    professors: 2,
    courses: [c("4차산업혁명과미래", null), c("뇌와마음", null)],
  },
  WRT: {
    prefix: "WRT",
    building: "general",
    professors: 4,
    courses: [
      c("대학글쓰기", null, { sections: 3, credits: 2, pattern: "weekly" }),
      c("과학기술글쓰기", null, { credits: 2, pattern: "weekly" }),
    ],
  },
  EFL: {
    prefix: "EFL",
    building: "general",
    professors: 5,
    courses: [
      c("영어회화1", null, { sections: 3, credits: 2, pattern: "weekly" }),
      c("영어회화2", null, { credits: 2, pattern: "weekly" }),
      c("대학영어", null, { sections: 2 }),
    ],
  },
  GMA: {
    prefix: "GMA",
    building: "science",
    professors: 3,
    courses: [c("미적분학1", null, { sections: 2 }), c("미적분학2", null), c("공학수학1", null)],
  },
  GSC: {
    prefix: "GSC",
    building: "science",
    professors: 3,
    courses: [
      c("일반물리학및실험1", null, { sections: 2, pattern: "lab" }),
      c("일반화학및실험1", null, { pattern: "lab" }),
      c("일반생물학및실험1", null, { pattern: "lab" }),
    ],
  },
  GCT: {
    prefix: "GCT",
    building: "engineering",
    professors: 2,
    courses: [c("컴퓨팅사고와파이썬", null, { sections: 2 }), c("데이터과학기초", null)],
  },
  EDU: {
    prefix: "EDU",
    building: "general",
    professors: 3,
    courses: [
      c("교육학개론", null, { credits: 2, pattern: "weekly" }),
      c("교육심리", null, { credits: 2, pattern: "weekly" }),
      c("교육과정", null, { credits: 2, pattern: "weekly" }),
      FIXTURE_COURSES.saturday,
    ],
  },
  GSP: {
    prefix: "GSP",
    building: "sports",
    professors: 2,
    courses: [
      c("골프", null, { credits: 1, pattern: "weekly" }),
      c("요가와필라테스", null, { credits: 1, pattern: "weekly" }),
      c("등산과트레킹", null, { credits: 1, pattern: "sat" }),
    ],
  },
  MIL: {
    prefix: "MIL",
    building: "general",
    professors: 1,
    courses: [c("군사학1", null, { credits: 2, pattern: "sat" })],
  },
} satisfies Record<string, Catalog>;

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
