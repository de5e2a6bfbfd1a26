import type { Weekday } from "@/generated/prisma/enums";
import { SEED_PREVIOUS_SEMESTER, SEED_SEMESTER } from "./lectures";
import { createRng } from "./random";
import { SCHOOLS, type SeedSchool } from "./schools";

/** Every seeded account signs in with this password. */
export const DEMO_PASSWORD = "campus1234";

export type DemoAccount = {
  email: string;
  password: string;
  nickname: string;
  /** School name, as in SCHOOLS. */
  school: string;
  isAdmin: boolean;
  note: string;
};

/** The accounts to try the app with (README lists them). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "demo@hanbit.ac.kr",
    password: DEMO_PASSWORD,
    nickname: "한빛새내기",
    school: "한빛대학교",
    isAdmin: false,
    note: "friends with friend@hanbit.ac.kr; has posts, comments and scraps",
  },
  {
    email: "friend@hanbit.ac.kr",
    password: DEMO_PASSWORD,
    nickname: "한빛친구",
    school: "한빛대학교",
    isAdmin: false,
    note: "friends with demo@hanbit.ac.kr",
  },
  {
    email: "admin@hanbit.ac.kr",
    password: DEMO_PASSWORD,
    nickname: "한빛관리자",
    school: "한빛대학교",
    isAdmin: true,
    note: "admin (may delete any post)",
  },
  {
    email: "demo@saesol.ac.kr",
    password: DEMO_PASSWORD,
    nickname: "새솔새내기",
    school: "새솔대학교",
    isAdmin: false,
    note: "another school: sees none of 한빛's content",
  },
  {
    email: "friend@saesol.ac.kr",
    password: DEMO_PASSWORD,
    nickname: "새솔친구",
    school: "새솔대학교",
    isAdmin: false,
    note: "friends with demo@saesol.ac.kr",
  },
];

/** Accepted friendships between demo accounts, by email. */
export const DEMO_FRIENDSHIPS: readonly (readonly [string, string])[] = [
  ["demo@hanbit.ac.kr", "friend@hanbit.ac.kr"],
  ["demo@saesol.ac.kr", "friend@saesol.ac.kr"],
];

export type DemoTimetable = {
  email: string;
  school: string;
  semester: string;
  /** How many lectures to take (fewer when no more fit without overlapping). */
  lectures: number;
  events: {
    title: string;
    place: string | null;
    times: { day: Weekday; start: number; end: number }[];
  }[];
};

/**
 * The demo accounts' primary timetables (친구 공개). demo@hanbit.ac.kr has last semester's only:
 * this semester's is the one a visitor (and the e2e journey) builds.
 */
export const DEMO_TIMETABLES: readonly DemoTimetable[] = [
  {
    email: "friend@hanbit.ac.kr",
    school: "한빛대학교",
    semester: SEED_SEMESTER,
    lectures: 6,
    events: [
      {
        title: "밴드 동아리",
        place: "학생회관 B103",
        times: [{ day: "THU", start: 18 * 60 + 30, end: 20 * 60 + 30 }],
      },
    ],
  },
  {
    email: "demo@hanbit.ac.kr",
    school: "한빛대학교",
    semester: SEED_PREVIOUS_SEMESTER,
    lectures: 5,
    events: [],
  },
  {
    email: "demo@saesol.ac.kr",
    school: "새솔대학교",
    semester: SEED_SEMESTER,
    lectures: 6,
    events: [],
  },
  {
    email: "friend@saesol.ac.kr",
    school: "새솔대학교",
    semester: SEED_SEMESTER,
    lectures: 5,
    events: [
      {
        title: "카페 아르바이트",
        place: null,
        times: [{ day: "SAT", start: 10 * 60, end: 15 * 60 }],
      },
    ],
  },
];

/**
 * Plain students per school (student01@… onwards, same password): the first dozen write most
 * posts and comments, the rest are the crowd whose 공감 lifts a few posts to HOT and BEST
 * (BEST needs 100 공감 from 100 different people).
 */
export const STUDENTS_PER_SCHOOL = 120;

const ADJECTIVES = [
  "졸린",
  "배고픈",
  "행복한",
  "용감한",
  "수줍은",
  "느긋한",
  "성실한",
  "엉뚱한",
  "씩씩한",
  "조용한",
  "신난",
  "다정한",
  "바쁜",
  "멍때리는",
  "반짝이는",
  "새벽의",
  "커피마시는",
  "도서관",
  "과제하는",
  "산책하는",
];
const NOUNS = [
  "코알라",
  "판다",
  "고양이",
  "강아지",
  "펭귄",
  "다람쥐",
  "수달",
  "햄스터",
  "부엉이",
  "거북이",
  "토끼",
  "여우",
  "고래",
  "사슴",
  "오리",
  "참새",
  "알파카",
  "너구리",
  "미어캣",
  "돌고래",
  "라쿤",
  "치타",
  "해달",
  "까치",
];

export type SeedStudent = { email: string; nickname: string };

/** The plain students of one school, with nicknames unique across schools. */
export function studentsFor(school: SeedSchool): SeedStudent[] {
  const combos = ADJECTIVES.flatMap((a) => NOUNS.map((n) => `${a}${n}`));
  // One fixed shuffle; each school takes its own slice, so nicknames never repeat across schools.
  const shuffled = createRng("students:nicknames").shuffle(combos);
  const index = SCHOOLS.findIndex((s) => s.key === school.key);
  const slice = shuffled.slice(index * STUDENTS_PER_SCHOOL, (index + 1) * STUDENTS_PER_SCHOOL);
  return slice.map((nickname, i) => ({
    email: `student${String(i + 1).padStart(2, "0")}@${school.emailDomain}`,
    nickname,
  }));
}
