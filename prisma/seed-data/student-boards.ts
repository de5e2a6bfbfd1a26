import type { Prisma } from "@/generated/prisma/client";
import { activityOf } from "@/lib/community/board-activity";
import { boardNameKey } from "@/lib/community/board-schemas";
import { DEMO_ACCOUNTS, studentsFor } from "./accounts";
import type { SeedSchool } from "./schools";

// Boards students made (게시판 만들기), so 게시판 찾기 has something to find in the demo: clubs,
// study groups and hobbies, each managed by a student, a few with posts (oldest first).

type Plan = {
  name: string;
  description: string;
  anonymousOnly?: boolean;
  /** Index into studentsFor(school), or "demo" (the school's demo student): the manager. */
  manager: number | "demo";
  /** Days before now the board was made. */
  madeDaysAgo: number;
  posts: {
    title: string;
    content: string;
    author: number;
    hoursAgo: number;
    anonymous?: boolean;
  }[];
};

const PLANS: Plan[] = [
  {
    name: "코딩테스트 스터디",
    description: "매주 화·목 알고리즘 문제 풀고 코드 리뷰해요.",
    manager: 3,
    madeDaysAgo: 40,
    posts: [
      {
        title: "이번 주 문제: 백준 1753 최단경로",
        content: "다익스트라 복습 겸 풀어 와요. 목요일 7시 도서관 3층 세미나실!",
        author: 3,
        hoursAgo: 30,
      },
      {
        title: "우선순위 큐 없이 풀면 시간초과 나나요?",
        content: "N이 2만이라 배열로 하면 아슬아슬한 것 같은데 경험 있으신 분?",
        author: 7,
        hoursAgo: 20,
      },
      {
        title: "다음 주는 DP 하실래요?",
        content: "투표 댓글로 남겨 주세요",
        author: 11,
        hoursAgo: 3,
      },
    ],
  },
  {
    name: "자취생 모임",
    description: "자취 꿀팁, 반찬 나눔, 같이 장보기",
    manager: 5,
    madeDaysAgo: 25,
    posts: [
      {
        title: "정문 앞 마트 오늘 계란 할인해요",
        content: "30구 한 판에 5,900원! 저녁 전에 가세요",
        author: 5,
        hoursAgo: 50,
      },
      {
        title: "원룸 곰팡이 어떻게 하세요?",
        content: "창문 쪽 벽지에 자꾸 생겨요 ㅠㅠ 제습기 사야 하나",
        author: 9,
        hoursAgo: 8,
        anonymous: true,
      },
    ],
  },
  {
    name: "러닝크루 달림",
    description: "수요일 저녁 8시 대운동장 5km, 초보 환영",
    manager: 8,
    madeDaysAgo: 12,
    posts: [
      {
        title: "이번 주 수요일 비 오면 쉬어요",
        content: "예보 보고 오후 6시에 공지할게요",
        author: 8,
        hoursAgo: 5,
      },
    ],
  },
  {
    name: "고민 상담소",
    description: "누구에게도 말 못 할 고민, 익명으로 털어놔요",
    anonymousOnly: true,
    manager: 2,
    madeDaysAgo: 9,
    posts: [
      {
        title: "전과를 할지 고민이에요",
        content: "지금 전공이 안 맞는 것 같은데 1년을 더 버텨 볼지 모르겠어요.",
        author: 6,
        hoursAgo: 15,
        anonymous: true,
      },
    ],
  },
  {
    name: "보드게임 동아리",
    description: "금요일마다 학생회관 B1에서 보드게임 해요",
    manager: 10,
    madeDaysAgo: 4,
    posts: [],
  },
  {
    name: "토익 900 챌린지",
    description: "하루 LC 1세트 RC 1세트 인증하기",
    manager: "demo",
    madeDaysAgo: 2,
    posts: [],
  },
];

/** The school's students' boards with their posts; none when the school already has some. */
export async function seedStudentBoards(
  db: Prisma.TransactionClient,
  schoolId: number,
  school: SeedSchool,
  userIds: Map<string, number>,
  now: Date,
): Promise<{ boards: number; posts: number }> {
  if ((await db.board.count({ where: { schoolId, kind: "USER" } })) > 0)
    return { boards: 0, posts: 0 };
  const students = studentsFor(school);
  const demo = DEMO_ACCOUNTS.find((a) => a.school === school.name && !a.isAdmin);
  const idOf = (i: number | "demo") => {
    const email = i === "demo" ? demo?.email : students[i]?.email;
    const id = email ? userIds.get(email) : undefined;
    if (id === undefined) throw new Error(`seed: no student ${String(email ?? i)}`);
    return id;
  };
  const queued: Prisma.PostCreateManyInput[] = [];
  for (const plan of PLANS) {
    const name = plan.name;
    const written = plan.posts.map((p) => new Date(now.getTime() - p.hoursAgo * 3_600_000));
    const board = await db.board.create({
      data: {
        schoolId,
        name,
        nameKey: boardNameKey(name),
        description: plan.description,
        kind: "USER",
        anonymousOnly: plan.anonymousOnly ?? false,
        managerId: idOf(plan.manager),
        createdAt: new Date(now.getTime() - plan.madeDaysAgo * 86_400_000),
        activity: written.reduce((sum, at) => sum + activityOf(at), 0),
      },
      select: { id: true },
    });
    for (const [i, p] of plan.posts.entries())
      queued.push({
        boardId: board.id,
        schoolId,
        authorId: idOf(p.author),
        title: p.title,
        content: p.content,
        isAnonymous: plan.anonymousOnly || (p.anonymous ?? false),
        createdAt: written[i],
        updatedAt: written[i],
      });
  }
  // Oldest first, so ids grow with time as they do for real posts.
  queued.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  if (queued.length) await db.post.createMany({ data: queued });
  return { boards: PLANS.length, posts: queued.length };
}
