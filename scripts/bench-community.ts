// Times the community's read paths through the real service functions (the same code the pages
// and /api/v1 call) against DATABASE_URL, usually one filled by `npm run db:bigdata`:
//
//   DATABASE_URL=file:/tmp/big.db npx tsx --conditions=react-server scripts/bench-community.ts \
//     [--school=대용량대학교] [--iterations=200]
//
// (--conditions=react-server lets the services' `import "server-only"` resolve outside Next.)
// Each case runs a few warm-up rounds, then --iterations timed rounds; it prints median, p95 and
// max in milliseconds, for the school's biggest board and for its 100-post board side by side.
import { prisma } from "@/lib/db";
import { databaseUrl } from "@/lib/env";
import { encodeCursor } from "@/lib/http/cursor";
import type { Viewer } from "@/lib/auth/viewer";
import { getHomeFeed } from "@/lib/community/home";
import { listBestPosts, listHotPosts } from "@/lib/community/hot-best";
import { listMyPosts, listMyScraps } from "@/lib/community/my-lists";
import { getPost, listBoardPosts, listSchoolPosts } from "@/lib/community/posts";

function option(name: string, fallback: string) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
}

const schoolName = option("school", "대용량대학교");
const iterations = Number(option("iterations", "200"));
const RARE_WORD = "희귀검색어";

type Result = { name: string; median: number; p95: number; max: number; items: number | null };

async function time(
  name: string,
  fn: () => Promise<{ items: unknown[] } | unknown>,
  rounds = iterations,
): Promise<Result> {
  let items: number | null = null;
  for (let i = 0; i < Math.min(5, rounds); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const out = await fn();
    samples.push(performance.now() - t);
    if (out && typeof out === "object" && "items" in out && Array.isArray(out.items))
      items = out.items.length;
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { name, median: at(0.5), p95: at(0.95), max: samples[samples.length - 1], items };
}

function print(title: string, rows: Result[]) {
  console.log(`\n${title}`);
  console.log(
    `${"case".padEnd(44)} ${"median".padStart(8)} ${"p95".padStart(8)} ${"max".padStart(8)}  items`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(44)} ${r.median.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${r.max.toFixed(2).padStart(8)}  ${r.items ?? "-"}`,
    );
  }
}

async function boardCases(label: string, viewer: Viewer, boardId: number): Promise<Result[]> {
  const total = await prisma.post.count({ where: { boardId, deletedAt: null } });
  // The cursor of the post halfway down the board: a page deep in its history.
  const middle = await prisma.post.findFirst({
    where: { boardId, deletedAt: null },
    orderBy: { id: "desc" },
    skip: Math.floor(total / 2),
    select: { id: true },
  });
  const deep = middle ? encodeCursor({ id: middle.id }) : undefined;
  const ids = (
    await prisma.post.findMany({
      where: { boardId, deletedAt: null },
      orderBy: { id: "desc" },
      take: 100,
      select: { id: true },
    })
  ).map((p) => p.id);
  let k = 0;
  console.log(`  ${label}: board #${boardId}, ${total} posts`);
  return [
    await time(`${label}: list, first page (20)`, () =>
      listBoardPosts(viewer, boardId, { limit: 20 }),
    ),
    await time(`${label}: list, page at the middle (cursor)`, () =>
      listBoardPosts(viewer, boardId, { limit: 20, cursor: deep }),
    ),
    await time(`${label}: post detail`, () => getPost(viewer, ids[k++ % ids.length])),
    await time(`${label}: search q (common: "시험")`, () =>
      listBoardPosts(viewer, boardId, { limit: 20, q: "시험" }),
    ),
    await time(`${label}: search title (common: "수강신청")`, () =>
      listBoardPosts(viewer, boardId, { limit: 20, title: "수강신청" }),
    ),
    await time(
      `${label}: search q (rare word)`,
      () => listBoardPosts(viewer, boardId, { limit: 20, q: RARE_WORD }),
      Math.max(10, Math.floor(iterations / 10)),
    ),
    await time(
      `${label}: search q (no match)`,
      () => listBoardPosts(viewer, boardId, { limit: 20, q: "없는검색어" }),
      Math.max(10, Math.floor(iterations / 10)),
    ),
  ];
}

async function main() {
  const school = await prisma.school.findUnique({
    where: { name: schoolName },
    select: { id: true },
  });
  if (!school)
    throw new Error(
      `no school named ${schoolName}: run npm run db:bigdata first (or pass --school=)`,
    );
  const boards = await prisma.board.findMany({
    where: { schoolId: school.id },
    select: { id: true, kind: true },
  });
  const counts = await prisma.post.groupBy({
    by: ["boardId"],
    where: { schoolId: school.id, deletedAt: null },
    _count: { _all: true },
  });
  const countOf = (id: number) => counts.find((c) => c.boardId === id)?._count._all ?? 0;
  const biggest = [...boards].sort((a, b) => countOf(b.id) - countOf(a.id))[0];
  const small =
    boards.find((b) => countOf(b.id) > 0 && countOf(b.id) <= 100) ??
    boards.find((b) => b.kind === "CLUB")!;
  // A viewer with posts of their own: the most prolific author.
  const [author] = await prisma.post.groupBy({
    by: ["authorId"],
    where: { schoolId: school.id },
    _count: { _all: true },
    orderBy: { _count: { authorId: "desc" } },
    take: 1,
  });
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: author.authorId },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
  });
  const viewer: Viewer = user;
  const totalPosts = await prisma.post.count({ where: { schoolId: school.id } });
  const [likes, comments] = await Promise.all([prisma.postLike.count(), prisma.comment.count()]);
  const hotTotal = await prisma.post.count({
    where: { schoolId: school.id, likeCount: { gte: 10 } },
  });
  const hotMiddle = await prisma.post.findFirst({
    where: { schoolId: school.id, deletedAt: null, likeCount: { gte: 10 } },
    orderBy: { id: "desc" },
    skip: Math.floor(hotTotal / 2),
    select: { id: true },
  });

  console.log(
    `bench: ${databaseUrl().startsWith("file:") ? "SQLite" : "PostgreSQL"}, school "${schoolName}": ${totalPosts} posts, ${likes} 공감, ${comments} comments in the database; ${iterations} rounds a case`,
  );
  const big = await boardCases("big board", viewer, biggest.id);
  const smallRows = await boardCases("100-post board", viewer, small.id);
  print("Boards (ms)", [...big, ...smallRows]);

  const school_ = [
    await time("HOT, first page", () => listHotPosts(viewer, { limit: 20 })),
    await time("HOT, page at the middle (cursor)", () =>
      listHotPosts(viewer, {
        limit: 20,
        cursor: hotMiddle ? encodeCursor({ id: hotMiddle.id }) : undefined,
      }),
    ),
    await time("BEST, current season, first page", () => listBestPosts(viewer, { limit: 20 })),
    await time(
      "school-wide search q (rare word)",
      () => listSchoolPosts(viewer, { limit: 20, q: RARE_WORD }),
      Math.max(10, Math.floor(iterations / 10)),
    ),
    await time("내가 쓴 글, first page", () => listMyPosts(viewer, { limit: 20 })),
    await time("내 스크랩, first page", () => listMyScraps(viewer, { limit: 20 })),
    await time("home feed (9 boards + HOT + BEST)", () => getHomeFeed(viewer)),
  ];
  print(`School-wide (ms; HOT has ${hotTotal} posts)`, school_);
}

main()
  .catch((e) => {
    console.error("bench failed:", e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
