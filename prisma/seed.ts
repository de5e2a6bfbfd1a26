// `npx tsx prisma/seed.ts` (npm run db:seed): loads the demo data into DATABASE_URL
// (default file:./prisma/dev.db). Idempotent, so `npm start` runs it every time.
import { createPrismaClient } from "@/lib/db";
import { seed } from "./seed-data/index";

const prisma = createPrismaClient();
const started = performance.now();
try {
  await seed(prisma, { log: (msg) => console.log(`seed: ${msg}`) });
  const [
    schools,
    users,
    boards,
    domains,
    lectures,
    lectureTimes,
    posts,
    comments,
    likes,
    scraps,
    reviews,
  ] = await Promise.all([
    prisma.school.count(),
    prisma.user.count(),
    prisma.board.count(),
    prisma.lectureDomain.count(),
    prisma.lecture.count(),
    prisma.lectureTime.count(),
    prisma.post.count(),
    prisma.comment.count(),
    prisma.postLike.count(),
    prisma.scrap.count(),
    prisma.lectureReview.count(),
  ]);
  const ms = Math.round(performance.now() - started);
  console.log(
    `seed: done in ${ms} ms — ${schools} schools, ${users} users, ${boards} boards, ${domains} lecture domains, ` +
      `${lectures} lectures (${lectureTimes} meeting times), ${posts} posts, ${comments} comments, ${likes} 공감, ${scraps} scraps, ${reviews} reviews`,
  );
} catch (e) {
  console.error("seed failed:", e);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
