import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import {
  DEMO_ACCOUNTS,
  DEMO_FRIENDSHIPS,
  DEMO_PASSWORD,
  DEMO_TIMETABLES,
  studentsFor,
} from "./accounts";
import { communityPlanFor } from "./community";
import { domainTreeFor, type DomainNode } from "./domains";
import { lecturePlansFor, SEED_FIXTURES, SEED_PREVIOUS_SEMESTER, SEED_SEMESTER } from "./lectures";
import { createRng } from "./random";
import { REVIEW_SEMESTERS, REVIEW_TEMPLATES } from "./reviews";
import { BOARDS, SCHOOLS, type SeedSchool } from "./schools";
import { backfillAnonymousNumbers } from "@/lib/community/anonymous-backfill";
import { boardNameKey } from "@/lib/community/board-schemas";
import { semesterDatesFor } from "./semester-dates";
import { seedBooks } from "./books";
import { seedStudentBoards } from "./student-boards";

// The demo data: schools, boards, the 전공/영역 tree, lectures, accounts, posts with comments and
// 공감, and a few 강의평. Idempotent: everything is matched on its natural key and only what is
// missing is created; posts (with their comments, 공감 and scraps) and reviews are written only
// while the school has none, so a second run changes nothing. Deterministic: a seeded PRNG, and
// times relative to `now`.

export {
  DEMO_ACCOUNTS,
  DEMO_FRIENDSHIPS,
  DEMO_PASSWORD,
  DEMO_TIMETABLES,
  STUDENTS_PER_SCHOOL,
} from "./accounts";
export { SEED_FIXTURES, SEED_PREVIOUS_SEMESTER, SEED_SEMESTER } from "./lectures";
export { GENERAL_HUMANITIES_PATH } from "./domains";
export { BOARDS, SCHOOLS } from "./schools";

type Db = PrismaClient | Prisma.TransactionClient;

export type SeedOptions = {
  log?: (msg: string) => void;
  /** The moment post and comment times count back from (default: now). */
  now?: Date;
};

export type SeedCreated = {
  boards: number;
  /** 게시판 만들기: boards the seeded students made. */
  studentBoards: number;
  /** 책방 listings. */
  books: number;
  domains: number;
  lectures: number;
  users: number;
  friendships: number;
  timetables: number;
  posts: number;
  comments: number;
  likes: number;
  scraps: number;
  reviews: number;
};

export type SeedSchoolResult = { school: string; schoolId: number; created: SeedCreated };

// A big interactive transaction on PostgreSQL over a slow link may take a while.
const TX = { maxWait: 10_000, timeout: 120_000 };

export async function seed(
  prisma: PrismaClient,
  options: SeedOptions = {},
): Promise<SeedSchoolResult[]> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  // argon2id is slow on purpose: hash the one demo password once, and only if a user is missing.
  let hash: Promise<string> | undefined;
  const passwordHash = () => (hash ??= hashPassword(DEMO_PASSWORD));

  const results: SeedSchoolResult[] = [];
  for (const school of SCHOOLS) {
    const row = await prisma.school.upsert({
      where: { name: school.name },
      update: {},
      create: { name: school.name },
      select: { id: true },
    });
    const schoolId = row.id;
    await seedEmailDomains(prisma, schoolId, school);
    const boards = await seedBoards(prisma, schoolId);
    const domains = await prisma.$transaction((tx) => seedDomains(tx, schoolId, school.key), TX);
    const lectures = await prisma.$transaction(
      (tx) => seedLectures(tx, schoolId, school, domains.ids),
      TX,
    );
    const users = await seedUsers(prisma, schoolId, school, passwordHash, now);
    const friendships = await seedFriendships(prisma, users.ids, now);
    const timetables = await prisma.$transaction(
      (tx) => seedTimetables(tx, schoolId, school, users.ids),
      TX,
    );
    const community = await prisma.$transaction(
      (tx) => seedCommunity(tx, schoolId, school, boards.ids, users.ids, now),
      TX,
    );
    const reviews = await prisma.$transaction(
      (tx) => seedReviews(tx, schoolId, school, users.ids, now),
      TX,
    );
    const studentBoards = await prisma.$transaction(
      (tx) => seedStudentBoards(tx, schoolId, school, users.ids, now),
      TX,
    );
    const books = await prisma.$transaction(
      (tx) => seedBooks(tx, schoolId, school, users.ids, now),
      TX,
    );
    await seedSemesterDates(prisma, schoolId, school.key);
    const created: SeedCreated = {
      boards: boards.created,
      domains: domains.created,
      lectures: lectures.created,
      users: users.created,
      friendships,
      timetables,
      ...community,
      posts: community.posts + studentBoards.posts,
      studentBoards: studentBoards.boards,
      books,
      reviews,
    };
    const parts = Object.entries(created).filter(([, n]) => n > 0);
    log(
      `${school.name}: ${parts.length ? parts.map(([k, n]) => `+${n} ${k}`).join(", ") : "up to date"}`,
    );
    results.push({ school: school.name, schoolId, created });
  }
  return results;
}

/** The school's 학교 인증 domains (SchoolEmailDomain); a domain already listed stays where it is. */
async function seedEmailDomains(db: Db, schoolId: number, school: SeedSchool) {
  for (const domain of school.emailDomains) {
    await db.schoolEmailDomain.upsert({
      where: { domain },
      update: {},
      create: { schoolId, domain },
      select: { id: true },
    });
  }
}

async function seedBoards(db: Db, schoolId: number) {
  const existing = await db.board.findMany({ where: { schoolId }, select: { name: true } });
  const have = new Set(existing.map((b) => b.name));
  const missing = BOARDS.map((b, position) => ({
    schoolId,
    name: b.name,
    nameKey: boardNameKey(b.name),
    description: b.description,
    kind: b.kind,
    position,
  })).filter((b) => !have.has(b.name));
  if (missing.length) await db.board.createMany({ data: missing });
  const rows = await db.board.findMany({
    where: { schoolId, name: { in: BOARDS.map((b) => b.name) } },
    select: { id: true, name: true },
  });
  const idByName = new Map(rows.map((b) => [b.name, b.id]));
  const ids = new Map(BOARDS.map((b) => [b.kind, idByName.get(b.name)!]));
  return { created: missing.length, ids };
}

/** Domain ids by their path of names joined with " › ". */
async function seedDomains(db: Db, schoolId: number, schoolKey: string) {
  // (schoolId, parentId, name) is unique in the schema, but NULL parentIds never collide in SQL,
  // so roots are matched here rather than by upsert.
  const existing = await db.lectureDomain.findMany({
    where: { schoolId },
    select: { id: true, parentId: true, name: true, path: true },
  });
  const key = (parentId: number | null, name: string) => `${parentId ?? 0}|${name}`;
  const byKey = new Map(existing.map((d) => [key(d.parentId, d.name), d]));
  const ids = new Map<string, number>();
  let created = 0;

  async function walk(
    nodes: DomainNode[],
    parent: { id: number; path: string } | null,
    names: string[],
  ) {
    for (const [position, node] of nodes.entries()) {
      const parentId = parent?.id ?? null;
      const expectedPath = (id: number) => `${parent?.path ?? "/"}${id}/`;
      let row = byKey.get(key(parentId, node.name));
      if (!row) {
        const { id } = await db.lectureDomain.create({
          data: { schoolId, parentId, name: node.name, position },
          select: { id: true },
        });
        row = await db.lectureDomain.update({
          where: { id },
          data: { path: expectedPath(id) },
          select: { id: true, parentId: true, name: true, path: true },
        });
        created++;
      } else if (row.path !== expectedPath(row.id)) {
        // A node left without its path (an interrupted run, or a parent's path changed).
        row = await db.lectureDomain.update({
          where: { id: row.id },
          data: { path: expectedPath(row.id) },
          select: { id: true, parentId: true, name: true, path: true },
        });
      }
      const path = [...names, node.name];
      ids.set(path.join(" › "), row.id);
      await walk(node.children ?? [], { id: row.id, path: row.path }, path);
    }
  }
  await walk(domainTreeFor(schoolKey), null, []);
  return { created, ids };
}

async function seedLectures(
  db: Db,
  schoolId: number,
  school: SeedSchool,
  domainIds: Map<string, number>,
) {
  const plans = lecturePlansFor(school);
  const existing = await db.lecture.findMany({
    where: { schoolId, semester: { in: [SEED_SEMESTER, SEED_PREVIOUS_SEMESTER] } },
    select: { code: true, semester: true },
  });
  const have = new Set(existing.map((l) => `${l.semester}|${l.code}`));
  const missing = plans.filter((p) => !have.has(`${p.semester}|${p.code}`));
  if (missing.length === 0) return { created: 0 };

  const rows = await db.lecture.createManyAndReturn({
    data: missing.map((p) => {
      const domainId = domainIds.get(p.domainPath.join(" › "));
      if (domainId === undefined) throw new Error(`seed: no domain ${p.domainPath.join(" › ")}`);
      return {
        schoolId,
        code: p.code,
        name: p.name,
        professor: p.professor,
        credits: p.credits,
        semester: p.semester,
        grade: p.grade,
        domainId,
      };
    }),
    select: { id: true, code: true, semester: true },
  });
  const idByKey = new Map(rows.map((l) => [`${l.semester}|${l.code}`, l.id]));
  const times = missing.flatMap((p) =>
    p.times.map((t) => ({
      lectureId: idByKey.get(`${p.semester}|${p.code}`)!,
      day: t.day,
      startMinute: t.start,
      endMinute: t.end,
      room: t.room ?? null,
    })),
  );
  if (times.length) await db.lectureTime.createMany({ data: times });
  return { created: rows.length };
}

/** User ids by email: the school's demo accounts and its plain students. */
async function seedUsers(
  db: Db,
  schoolId: number,
  school: SeedSchool,
  passwordHash: () => Promise<string>,
  now: Date,
) {
  const wanted = [
    ...DEMO_ACCOUNTS.filter((a) => a.school === school.name).map((a) => ({
      email: a.email,
      nickname: a.nickname,
      isAdmin: a.isAdmin,
    })),
    ...studentsFor(school).map((s) => ({ ...s, isAdmin: false })),
  ];
  const emails = wanted.map((u) => u.email);
  const existing = await db.user.findMany({
    where: { email: { in: emails } },
    select: { email: true },
  });
  const have = new Set(existing.map((u) => u.email));
  const missing = wanted.filter((u) => !have.has(u.email));
  if (missing.length) {
    // Someone may have signed up with a nickname the seed wants; theirs wins, ours gets a number.
    const taken = new Set(
      (
        await db.user.findMany({
          where: { nickname: { in: missing.map((u) => u.nickname) } },
          select: { nickname: true },
        })
      ).map((u) => u.nickname),
    );
    for (const u of missing) {
      if (!taken.has(u.nickname)) continue;
      let n = 2;
      while (
        taken.has(`${u.nickname}${n}`) ||
        (await db.user.findUnique({
          where: { nickname: `${u.nickname}${n}` },
          select: { id: true },
        }))
      )
        n++;
      u.nickname = `${u.nickname}${n}`;
      taken.add(u.nickname);
    }
    const hash = await passwordHash();
    // Members since the start of the previous semester (their reviews and posts come later).
    const joined = new Date(now.getTime() - 240 * 86_400_000);
    await db.user.createMany({
      data: missing.map((u) => ({
        email: u.email,
        nickname: u.nickname,
        passwordHash: hash,
        schoolId,
        isAdmin: u.isAdmin,
        createdAt: joined,
        updatedAt: joined,
        // The demo's accounts are verified students, so the demo looks alive (DECISIONS "학교 인증").
        verification: "STUDENT",
        verificationMethod: "SEED",
        verifiedAt: joined,
      })),
    });
  }
  const rows = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true },
  });
  return { created: missing.length, ids: new Map(rows.map((u) => [u.email, u.id])) };
}

async function seedFriendships(db: Db, userIds: Map<string, number>, now: Date) {
  let created = 0;
  for (const [a, b] of DEMO_FRIENDSHIPS) {
    const requesterId = userIds.get(a);
    const addresseeId = userIds.get(b);
    if (requesterId === undefined || addresseeId === undefined) continue;
    const pairKey = `${Math.min(requesterId, addresseeId)}:${Math.max(requesterId, addresseeId)}`;
    const found = await db.friendship.findUnique({ where: { pairKey }, select: { id: true } });
    if (found) continue;
    await db.friendship.create({
      data: {
        requesterId,
        addresseeId,
        pairKey,
        status: "ACCEPTED",
        createdAt: new Date(now.getTime() - 30 * 86_400_000),
        respondedAt: new Date(now.getTime() - 29 * 86_400_000),
      },
    });
    created++;
  }
  return created;
}

/**
 * The demo accounts' timetables (DEMO_TIMETABLES), so 친구 시간표 shows something out of the box:
 * a full week of lectures that do not overlap (and, for some, a 직접 추가 event), 친구 공개.
 * Written only when the account has no timetable in that semester yet.
 */
async function seedTimetables(
  db: Db,
  schoolId: number,
  school: SeedSchool,
  userIds: Map<string, number>,
) {
  const fixtureCodes = new Set<string>(Object.values(SEED_FIXTURES.lectures).map((l) => l.code));
  let created = 0;
  for (const plan of DEMO_TIMETABLES.filter((t) => t.school === school.name)) {
    const ownerId = userIds.get(plan.email);
    if (ownerId === undefined) continue;
    if ((await db.timetable.count({ where: { ownerId, semester: plan.semester } })) > 0) continue;
    const lectures = await db.lecture.findMany({
      where: { schoolId, semester: plan.semester, times: { some: {} } },
      select: {
        id: true,
        code: true,
        credits: true,
        times: { select: { day: true, startMinute: true, endMinute: true } },
      },
      orderBy: { code: "asc" },
    });
    const rng = createRng(`${school.key}:timetable:${plan.email}:${plan.semester}`);
    const taken: typeof lectures = [];
    const busy: { day: string; start: number; end: number }[] = plan.events.flatMap((e) => e.times);
    let credits = 0;
    // Daytime weekday lectures, in a fixed shuffled order; each one that fits is taken.
    for (const lecture of rng.shuffle(lectures.filter((l) => !fixtureCodes.has(l.code)))) {
      if (taken.length >= plan.lectures || credits + lecture.credits > 19) continue;
      if (
        lecture.times.some(
          (t) =>
            t.day === "SAT" || t.day === "SUN" || t.startMinute < 9 * 60 || t.endMinute > 18 * 60,
        )
      )
        continue;
      if (taken.some((l) => l.code.split("-")[0] === lecture.code.split("-")[0])) continue;
      if (
        lecture.times.some((t) =>
          busy.some((b) => b.day === t.day && b.start < t.endMinute && t.startMinute < b.end),
        )
      )
        continue;
      taken.push(lecture);
      credits += lecture.credits;
      busy.push(
        ...lecture.times.map((t) => ({ day: t.day, start: t.startMinute, end: t.endMinute })),
      );
    }
    const timetable = await db.timetable.create({
      data: {
        ownerId,
        name: "시간표 1",
        semester: plan.semester,
        isPrimary: true,
        visibility: "FRIENDS",
      },
      select: { id: true },
    });
    // One by one, so the order of addition (which picks the colours) is the order above.
    for (const lecture of taken)
      await db.timetableLecture.create({
        data: { timetableId: timetable.id, lectureId: lecture.id },
      });
    for (const event of plan.events) {
      await db.timetableEvent.create({
        data: {
          timetableId: timetable.id,
          title: event.title,
          place: event.place,
          times: {
            create: event.times.map((t) => ({
              day: t.day,
              startMinute: t.start,
              endMinute: t.end,
            })),
          },
        },
      });
    }
    created++;
  }
  return created;
}

async function seedCommunity(
  db: Db,
  schoolId: number,
  school: SeedSchool,
  boardIds: Map<string, number>,
  userIds: Map<string, number>,
  now: Date,
) {
  const none = { posts: 0, comments: 0, likes: 0, scraps: 0 };
  if ((await db.post.count({ where: { schoolId } })) > 0) return none;

  const plans = communityPlanFor(school, now);
  const userId = (email: string) => {
    const id = userIds.get(email);
    if (id === undefined) throw new Error(`seed: no user ${email}`);
    return id;
  };

  // Oldest first, so ids grow with time as they do for real posts. Counters match the rows below.
  const posts = await db.post.createManyAndReturn({
    data: plans.map((p) => ({
      boardId: boardIds.get(p.board)!,
      schoolId,
      authorId: userId(p.authorEmail),
      title: p.title,
      content: p.content,
      isAnonymous: p.isAnonymous,
      likeCount: p.likes.length,
      scrapCount: p.scraps.length,
      commentCount: p.comments.reduce(
        (n, c) => n + (c.deletedAt ? 0 : 1) + c.replies.filter((r) => !r.deletedAt).length,
        0,
      ),
      photoCount: 0,
      createdAt: p.createdAt,
      updatedAt: p.createdAt,
    })),
    select: { id: true, createdAt: true },
  });
  const postIdByTime = new Map(posts.map((p) => [p.createdAt.getTime(), p.id]));
  const postId = (createdAt: Date) => {
    const id = postIdByTime.get(createdAt.getTime());
    if (id === undefined) throw new Error("seed: a created post was not returned");
    return id;
  };

  const topLevel = plans.flatMap((p) =>
    p.comments.map((c) => ({ postId: postId(p.createdAt), c })),
  );
  topLevel.sort((x, y) => x.c.createdAt.getTime() - y.c.createdAt.getTime());
  const comments = await db.comment.createManyAndReturn({
    data: topLevel.map(({ postId, c }) => ({
      postId,
      authorId: userId(c.authorEmail),
      content: c.content,
      isAnonymous: c.isAnonymous,
      createdAt: c.createdAt,
      updatedAt: c.deletedAt ?? c.createdAt,
      deletedAt: c.deletedAt,
    })),
    select: { id: true, postId: true, createdAt: true },
  });
  const commentIdByKey = new Map(
    comments.map((c) => [`${c.postId}|${c.createdAt.getTime()}`, c.id]),
  );
  const replies = topLevel
    .flatMap(({ postId, c }) => {
      const parentId = commentIdByKey.get(`${postId}|${c.createdAt.getTime()}`);
      if (parentId === undefined) throw new Error("seed: a created comment was not returned");
      return c.replies.map((r) => ({
        postId,
        parentId,
        authorId: userId(r.authorEmail),
        content: r.content,
        isAnonymous: r.isAnonymous,
        createdAt: r.createdAt,
        updatedAt: r.createdAt,
        deletedAt: r.deletedAt,
      }));
    })
    .sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
  if (replies.length) await db.comment.createMany({ data: replies });
  await backfillAnonymousNumbers(db);

  const likes = plans.flatMap((p) =>
    p.likes.map((l) => ({
      postId: postId(p.createdAt),
      userId: userId(l.email),
      createdAt: l.createdAt,
    })),
  );
  if (likes.length) await db.postLike.createMany({ data: likes });
  const scraps = plans.flatMap((p) =>
    p.scraps.map((s) => ({
      postId: postId(p.createdAt),
      userId: userId(s.email),
      createdAt: s.createdAt,
    })),
  );
  if (scraps.length) await db.scrap.createMany({ data: scraps });

  return {
    posts: posts.length,
    comments: comments.length + replies.length,
    likes: likes.length,
    scraps: scraps.length,
  };
}

/** A few 강의평 on this semester's lectures (never on the test fixtures), by plain students. */
async function seedReviews(
  db: Db,
  schoolId: number,
  school: SeedSchool,
  userIds: Map<string, number>,
  now: Date,
) {
  if ((await db.lectureReview.count({ where: { lecture: { schoolId } } })) > 0) return 0;
  const fixtureCodes = new Set<string>(Object.values(SEED_FIXTURES.lectures).map((l) => l.code));
  const lectures = (
    await db.lecture.findMany({
      where: { schoolId, semester: SEED_SEMESTER },
      select: { id: true, code: true },
      orderBy: { code: "asc" },
    })
  ).filter((l) => !fixtureCodes.has(l.code));
  const rng = createRng(`${school.key}:reviews`);
  const reviewers = studentsFor(school)
    .slice(12)
    .map((s) => userIds.get(s.email))
    .filter((id): id is number => id !== undefined);
  const data = rng.sample(lectures, 30).flatMap((lecture) =>
    rng.sample(reviewers, rng.int(1, 4)).map((authorId) => {
      const t = rng.pick(REVIEW_TEMPLATES);
      const createdAt = new Date(
        now.getTime() - rng.int(1, 200) * 86_400_000 - rng.int(0, 86_399) * 1000,
      );
      return {
        lectureId: lecture.id,
        authorId,
        rating: t.rating,
        content: t.content,
        semester: rng.pick(REVIEW_SEMESTERS),
        assignment: t.assignment,
        teamProject: t.teamProject,
        grading: t.grading,
        attendance: t.attendance,
        examCount: t.examCount,
        createdAt,
        updatedAt: createdAt,
      };
    }),
  );
  if (data.length) await db.lectureReview.createMany({ data });
  return data.length;
}

/** The school's class days per semester; rows a school admin already set are left alone. */
async function seedSemesterDates(db: Db, schoolId: number, schoolKey: string) {
  const have = new Set(
    (await db.semesterDates.findMany({ where: { schoolId }, select: { semester: true } })).map(
      (r) => r.semester,
    ),
  );
  const missing = semesterDatesFor(schoolKey).filter((d) => !have.has(d.semester));
  if (missing.length > 0)
    await db.semesterDates.createMany({ data: missing.map((d) => ({ schoolId, ...d })) });
}
