import type { Weekday } from "@/generated/prisma/enums";
import type { BuildingGroup } from "./schools";

// The course catalogue of the demo schools: what each department teaches (generation in
// lectures.ts draws the sections, professors and times), and the fixed test fixtures. The domain
// tree (domains.ts) names these catalogues by key.

export type TimeSlot = { day: Weekday; start: number; end: number; room?: string };

export type Pattern = "tt" | "mwf" | "lab" | "evening" | "weekly" | "online" | "sat";

export type CourseSpec = {
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

export type Catalog = {
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

export const hm = (h: number, m = 0) => h * 60 + m;

/** A 교양 test fixture: its code is fixed. */
const fixture = (
  name: string,
  extra: Omit<CourseSpec, "name" | "grade" | "code"> & { code: string },
): CourseSpec & { code: string } => ({ name, grade: null, ...extra });

// Test fixtures (see SEED_FIXTURES): fixed codes and times, the same in every school.
export const FIXTURE_COURSES = {
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
