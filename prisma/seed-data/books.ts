import type { Prisma } from "@/generated/prisma/client";
import { DEMO_ACCOUNTS, studentsFor } from "./accounts";
import { SEED_SEMESTER } from "./lectures";
import type { SeedSchool } from "./schools";

// 책방 listings, so the page looks alive in the demo: used textbooks for this semester's real
// seeded lectures (by name), some 예약중 and some 판매완료, most by plain students and two by
// the school's demo student (who can then edit one). No photos (the demo has no upload files).

type Listing = {
  lecture: string;
  title: string;
  author: string;
  publisher: string;
  /** ISBN-13 with a valid check digit, or none. */
  isbn?: string;
  price: number;
  condition: "NEW" | "LIKE_NEW" | "GOOD" | "WORN";
  status?: "RESERVED" | "SOLD";
  note: string;
  /** Index into studentsFor(school), or "demo": the school's demo student. */
  seller: number | "demo";
  hoursAgo: number;
};

const LISTINGS: Listing[] = [
  {
    lecture: "자료구조",
    title: "C언어로 쉽게 풀어쓴 자료구조",
    author: "천인국",
    publisher: "생능출판",
    isbn: "9788970509723",
    price: 15000,
    condition: "LIKE_NEW",
    note: "필기 거의 없어요. 정문 앞에서 직거래해요.",
    seller: 3,
    hoursAgo: 2,
  },
  {
    lecture: "운영체제",
    title: "운영체제 (공룡책)",
    author: "Silberschatz",
    publisher: "퍼스트북",
    price: 20000,
    condition: "GOOD",
    status: "RESERVED",
    note: "형광펜 밑줄 있어요. 내일 오후에 예약자와 거래 예정.",
    seller: 7,
    hoursAgo: 9,
  },
  {
    lecture: "경제학원론",
    title: "맨큐의 경제학",
    author: "N. Gregory Mankiw",
    publisher: "한티에듀",
    price: 18000,
    condition: "GOOD",
    note: "연습문제 풀이 조금 있습니다.",
    seller: "demo",
    hoursAgo: 20,
  },
  {
    lecture: "심리학개론",
    title: "심리학개론",
    author: "현성용 외",
    publisher: "학지사",
    price: 12000,
    condition: "WORN",
    status: "SOLD",
    note: "표지 모서리가 조금 해졌어요.",
    seller: 11,
    hoursAgo: 30,
  },
  {
    lecture: "선형대수학",
    title: "선형대수와 군",
    author: "이인석",
    publisher: "서울대학교출판문화원",
    price: 10000,
    condition: "GOOD",
    note: "2장까지만 풀이 적혀 있어요.",
    seller: 5,
    hoursAgo: 44,
  },
  {
    lecture: "회계원리",
    title: "IFRS 회계원리",
    author: "김영규",
    publisher: "경문사",
    price: 0,
    condition: "WORN",
    note: "나눔합니다! 필요한 분 쪽지 주세요.",
    seller: "demo",
    hoursAgo: 60,
  },
  {
    lecture: "알고리즘",
    title: "Introduction to Algorithms",
    author: "Cormen 외",
    publisher: "MIT Press",
    price: 35000,
    condition: "NEW",
    note: "비닐만 뜯었어요.",
    seller: 9,
    hoursAgo: 75,
  },
  {
    lecture: "유기화학1",
    title: "McMurry 유기화학",
    author: "John McMurry",
    publisher: "사이플러스",
    price: 25000,
    condition: "LIKE_NEW",
    status: "RESERVED",
    note: "솔루션은 없어요.",
    seller: 2,
    hoursAgo: 100,
  },
  {
    lecture: "데이터베이스",
    title: "데이터베이스 시스템",
    author: "Elmasri 외",
    publisher: "홍릉",
    price: 17000,
    condition: "GOOD",
    status: "SOLD",
    note: "중간고사 범위 필기 있어요.",
    seller: 6,
    hoursAgo: 150,
  },
];

/** The school's 책방 listings; none when the school already has some. */
export async function seedBooks(
  db: Prisma.TransactionClient,
  schoolId: number,
  school: SeedSchool,
  userIds: Map<string, number>,
  now: Date,
): Promise<number> {
  if ((await db.book.count({ where: { schoolId } })) > 0) return 0;
  const students = studentsFor(school);
  const demo = DEMO_ACCOUNTS.find((a) => a.school === school.name && !a.isAdmin);
  const lectures = await db.lecture.findMany({
    where: { schoolId, semester: SEED_SEMESTER, name: { in: LISTINGS.map((l) => l.lecture) } },
    select: { id: true, name: true },
    orderBy: { code: "asc" },
  });
  const lectureOf = new Map<string, number>();
  for (const l of lectures) if (!lectureOf.has(l.name)) lectureOf.set(l.name, l.id);
  const data: Prisma.BookCreateManyInput[] = [];
  // Oldest first, so ids grow with time as they do for real listings.
  for (const l of [...LISTINGS].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
    const email = l.seller === "demo" ? demo?.email : students[l.seller]?.email;
    const sellerId = email ? userIds.get(email) : undefined;
    if (sellerId === undefined) continue;
    const at = new Date(now.getTime() - l.hoursAgo * 3_600_000);
    data.push({
      schoolId,
      sellerId,
      lectureId: lectureOf.get(l.lecture) ?? null,
      title: l.title,
      author: l.author,
      publisher: l.publisher,
      isbn: l.isbn ?? null,
      price: l.price,
      condition: l.condition,
      status: l.status ?? "ON_SALE",
      note: l.note,
      createdAt: at,
      updatedAt: at,
    });
  }
  if (data.length) await db.book.createMany({ data });
  return data.length;
}
