import type { BoardKind } from "@/generated/prisma/enums";

// Two fictional universities. `key` seeds the PRNG streams and never changes; `short` is how
// students shorten the name in posts ("한빛대").
export type SeedSchool = {
  key: string;
  name: string;
  short: string;
  /** The login e-mails of the seeded students use the first. */
  emailDomain: string;
  /** 학교 인증 domains: an address at one of them, or a subdomain of one, verifies a student. */
  emailDomains: string[];
  /** Where each group of departments teaches; lectures get rooms in these buildings. */
  buildings: Record<BuildingGroup, string[]>;
};

export type BuildingGroup =
  "engineering" | "humanities" | "social" | "science" | "business" | "general" | "sports";

export const SCHOOLS: SeedSchool[] = [
  {
    key: "hanbit",
    name: "한빛대학교",
    short: "한빛대",
    emailDomain: "hanbit.ac.kr",
    emailDomains: ["hanbit.ac.kr"],
    buildings: {
      engineering: ["공학관", "제2공학관", "IT융합관"],
      humanities: ["인문관", "어문관"],
      social: ["사회과학관"],
      science: ["자연과학관", "기초과학관"],
      business: ["경영관"],
      general: ["교양관", "인문관", "학생회관", "교육관"],
      sports: ["체육관"],
    },
  },
  {
    key: "saesol",
    name: "새솔대학교",
    short: "새솔대",
    emailDomain: "saesol.ac.kr",
    emailDomains: ["saesol.ac.kr"],
    buildings: {
      engineering: ["새솔공학관", "미래관"],
      humanities: ["다산관", "인문관"],
      social: ["율곡관"],
      science: ["이학관", "과학관"],
      business: ["상경관"],
      general: ["교양관", "다산관", "미래관"],
      sports: ["체육관"],
    },
  },
];

export type SeedBoard = { name: string; kind: BoardKind; description: string };

/** Every school's boards, in display order (`position` is the index). */
export const BOARDS: SeedBoard[] = [
  {
    name: "자유게시판",
    kind: "FREE",
    description: "학교 생활, 일상, 무엇이든 자유롭게 이야기해요.",
  },
  {
    name: "비밀게시판",
    kind: "SECRET",
    description: "모든 글과 댓글이 익명으로 작성됩니다. 서로를 존중해 주세요.",
  },
  {
    name: "졸업생게시판",
    kind: "GRADUATE",
    description:
      "졸업생이 취업, 진로, 대학원 이야기를 나눠요. 글과 댓글은 졸업생 인증 후에 쓸 수 있어요.",
  },
  {
    name: "새내기게시판",
    kind: "FRESHMAN",
    description: "새내기의 궁금증은 여기에! 선배들이 답해 드려요.",
  },
  {
    name: "시사·이슈",
    kind: "ISSUE",
    description: "사회, 정치, 경제 이슈를 토론해요. 비방과 혐오 표현은 삭제됩니다.",
  },
  {
    name: "장터게시판",
    kind: "MARKET",
    description: "전공책, 자취 용품, 전자기기를 사고팔아요. 직거래는 교내에서 안전하게.",
  },
  {
    name: "정보게시판",
    kind: "INFO",
    description: "장학금, 공모전, 학사 일정 등 유용한 정보를 공유해요.",
  },
  { name: "홍보게시판", kind: "PROMO", description: "행사, 설문조사, 스터디 모집을 홍보해요." },
  {
    name: "동아리·학회",
    kind: "CLUB",
    description: "동아리와 학회의 모집 공고와 활동 소식을 알려요.",
  },
];
