import type { Amount, Attendance, Grading } from "@/generated/prisma/enums";

// 강의평 (lecture reviews) so the 강의평가 pages have something to show. Each text is at least
// 20 characters, as the review form requires.
export type ReviewTemplate = {
  rating: number;
  content: string;
  assignment: Amount;
  teamProject: Amount;
  grading: Grading;
  attendance: Attendance;
  examCount: number | null;
};

export const REVIEW_TEMPLATES: ReviewTemplate[] = [
  {
    rating: 5,
    content: "교수님이 설명을 정말 잘 해주세요. 질문하면 끝까지 친절하게 답해주십니다. 강추!",
    assignment: "NORMAL",
    teamProject: "NONE",
    grading: "GENEROUS",
    attendance: "SOMETIMES",
    examCount: 2,
  },
  {
    rating: 4,
    content:
      "과제가 조금 많긴 한데 하고 나면 실력이 확실히 늘어요. 시험은 과제랑 비슷하게 나옵니다.",
    assignment: "MANY",
    teamProject: "NONE",
    grading: "FAIR",
    attendance: "ALWAYS",
    examCount: 2,
  },
  {
    rating: 3,
    content: "내용은 유익한데 진도가 너무 빨라요. 예습 안 하면 따라가기 힘듭니다.",
    assignment: "NORMAL",
    teamProject: "NORMAL",
    grading: "STRICT",
    attendance: "ALWAYS",
    examCount: 2,
  },
  {
    rating: 2,
    content: "조별과제 비중이 너무 커서 팀원 운이 학점을 좌우해요. 출석도 매번 부릅니다.",
    assignment: "NORMAL",
    teamProject: "MANY",
    grading: "STRICT",
    attendance: "STRICT",
    examCount: 1,
  },
  {
    rating: 5,
    content: "꿀강 인정합니다. 출석 체크 안 하시고 기말 한 번으로 끝나요. 내용도 재밌어요.",
    assignment: "NONE",
    teamProject: "NONE",
    grading: "GENEROUS",
    attendance: "NONE",
    examCount: 1,
  },
  {
    rating: 4,
    content: "PPT가 깔끔하고 시험 범위를 정확히 알려주셔서 공부하기 편했어요.",
    assignment: "NONE",
    teamProject: "NONE",
    grading: "FAIR",
    attendance: "SOMETIMES",
    examCount: 2,
  },
  {
    rating: 1,
    content: "채점 기준을 알려주지 않으시고 성적 문의에도 답이 없으셨어요. 비추천합니다.",
    assignment: "MANY",
    teamProject: "MANY",
    grading: "HARSH",
    attendance: "STRICT",
    examCount: 3,
  },
  {
    rating: 3,
    content: "무난한 수업이에요. 특별히 어렵지도 쉽지도 않고 교재 위주로 진행됩니다.",
    assignment: "NORMAL",
    teamProject: "NONE",
    grading: "FAIR",
    attendance: "SOMETIMES",
    examCount: 2,
  },
  {
    rating: 4,
    content: "실습 위주라 손으로 직접 해보면서 배우는 게 좋았어요. 실습 보고서는 매주 있습니다.",
    assignment: "MANY",
    teamProject: "NORMAL",
    grading: "FAIR",
    attendance: "ALWAYS",
    examCount: 1,
  },
  {
    rating: 5,
    content: "인생 교양이었습니다. 매 수업이 기다려졌고 토론 분위기도 좋아요.",
    assignment: "NORMAL",
    teamProject: "NONE",
    grading: "GENEROUS",
    attendance: "SOMETIMES",
    examCount: null,
  },
  {
    rating: 2,
    content: "시험이 수업 내용보다 훨씬 어렵게 나와요. 족보가 거의 의미 없습니다.",
    assignment: "NORMAL",
    teamProject: "NONE",
    grading: "HARSH",
    attendance: "ALWAYS",
    examCount: 2,
  },
  {
    rating: 4,
    content: "교수님이 열정적이세요. 과제 피드백도 꼼꼼하게 해주셔서 글쓰기 실력이 늘었어요.",
    assignment: "MANY",
    teamProject: "NONE",
    grading: "FAIR",
    attendance: "ALWAYS",
    examCount: 0,
  },
];

/** The semesters reviewers say they took a lecture in. */
export const REVIEW_SEMESTERS = ["2025-1", "2025-2", "2026-1"];
