// `npm run db:bigdata -- [--posts=100000] [--likes=1000000] [--comments=300000] [--scraps=50000]
//   [--users=5000] [--small-board=100] [--user-boards=300] [--days=365] [--school=대용량대학교]
//   [--seed=bigdata] [--analyze]`
//
// Fills DATABASE_URL (migrated; seeded or not) with one extra, board-heavy school for measuring
// the community at scale: most posts on its 자유게시판, exactly --small-board posts on its
// 동아리·학회 board (to compare a small board), 공감 with a long tail (so HOT and BEST are
// realistic), comments with replies, scraps. Counters (likeCount, commentCount, scrapCount) are
// computed from the rows written, so they match. --user-boards boards made by its students
// (게시판 만들기, kind USER) with 0–4 posts each and no 공감 (so HOT and BEST are what they are
// without them): the home page must not grow with them. Deterministic for a given --seed.
//
// SQLite: better-sqlite3 directly, prepared statements, one transaction. PostgreSQL: pg with
// batched `INSERT … SELECT * FROM unnest(…)`, one transaction. Ids are assigned here (max + 1…),
// so replies can point at comments without reading them back.
import Database from "better-sqlite3";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { ANONYMOUS_NUMBER_BACKFILL_SQL } from "@/lib/community/anonymous-backfill";
import { isPostgresUrl } from "@/lib/database-url.mjs";
import { databaseUrl } from "@/lib/env";
import { activityOf } from "@/lib/community/board-activity";
import { boardNameKey } from "@/lib/community/board-schemas";
import { BOARDS } from "@/prisma/seed-data/schools";
import { createRng } from "@/prisma/seed-data/random";

type Options = {
  posts: number;
  likes: number;
  comments: number;
  scraps: number;
  users: number;
  smallBoard: number;
  userBoards: number;
  days: number;
  school: string;
  seed: string;
  analyze: boolean;
};

function parseOptions(argv: string[]): Options {
  const o: Options = {
    posts: 100_000,
    likes: 1_000_000,
    comments: 300_000,
    scraps: 50_000,
    users: 5_000,
    smallBoard: 100,
    userBoards: 300,
    days: 365,
    school: "대용량대학교",
    seed: "bigdata",
    analyze: false,
  };
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument ${arg}`);
    const key = m[1].replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Options;
    if (!(key in o)) throw new Error(`unknown option --${m[1]}`);
    if (typeof o[key] === "number") {
      const n = Number(m[2]);
      if (!Number.isInteger(n) || n < 0) throw new Error(`--${m[1]} needs a non-negative integer`);
      (o[key] as number) = n;
    } else if (typeof o[key] === "boolean")
      (o[key] as boolean) = m[2] === undefined || m[2] === "true";
    else (o[key] as string) = m[2] ?? "";
  }
  if (o.users < 2) throw new Error("--users must be at least 2");
  if (o.smallBoard > o.posts) throw new Error("--small-board cannot exceed --posts");
  return o;
}

// ---------------------------------------------------------------------------------------------
// One small writing interface over both databases.

type PgType = "int4" | "text" | "bool" | "timestamp";
type Column = [name: string, pgType: PgType];

interface Writer {
  add(row: unknown[]): Promise<void>;
  flush(): Promise<void>;
}

interface Sink {
  readonly kind: "sqlite" | "postgres";
  writer(table: string, columns: Column[]): Writer;
  one<T>(sql: string, params?: unknown[]): Promise<T | undefined>;
  exec(sql: string): Promise<void>;
  begin(): Promise<void>;
  commit(): Promise<void>;
  /** Point the table's id sequence past the ids written here (PostgreSQL). */
  bumpSequence(table: string): Promise<void>;
  close(): Promise<void>;
  date(d: Date): unknown;
  bool(b: boolean): unknown;
}

const q = (name: string) => `"${name}"`;

function sqliteSink(url: string): Sink {
  const db = new Database(url.replace(/^file:/, ""));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -200000");
  return {
    kind: "sqlite",
    writer(table, columns) {
      const stmt = db.prepare(
        `INSERT INTO ${q(table)} (${columns.map((c) => q(c[0])).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      );
      return {
        async add(row) {
          stmt.run(...row);
        },
        async flush() {},
      };
    },
    async one<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql.replace(/\$\d+/g, "?")).get(...params) as T | undefined;
    },
    async exec(sql) {
      db.exec(sql);
    },
    async begin() {
      db.exec("BEGIN");
    },
    async commit() {
      db.exec("COMMIT");
    },
    async bumpSequence() {},
    async close() {
      db.close();
    },
    // Prisma's SQLite format for DateTime.
    date: (d) => d.toISOString().replace("Z", "+00:00"),
    bool: (b) => (b ? 1 : 0),
  };
}

async function postgresSink(url: string): Promise<Sink> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const BATCH = 5000;
  return {
    kind: "postgres",
    writer(table, columns) {
      let rows: unknown[][] = [];
      const sql = `INSERT INTO ${q(table)} (${columns.map((c) => q(c[0])).join(", ")}) SELECT * FROM unnest(${columns
        .map((c, i) => `$${i + 1}::${c[1]}[]`)
        .join(", ")})`;
      const flush = async () => {
        if (!rows.length) return;
        const arrays = columns.map((_, i) => rows.map((r) => r[i]));
        rows = [];
        await client.query(sql, arrays);
      };
      return {
        async add(row) {
          rows.push(row);
          if (rows.length >= BATCH) await flush();
        },
        flush,
      };
    },
    async one<T>(sql: string, params: unknown[] = []) {
      const res = await client.query(sql, params);
      return res.rows[0] as T | undefined;
    },
    async exec(sql) {
      await client.query(sql);
    },
    async begin() {
      await client.query("BEGIN");
    },
    async commit() {
      await client.query("COMMIT");
    },
    async bumpSequence(table) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('${q(table)}', 'id'), (SELECT MAX(id) FROM ${q(table)}))`,
      );
    },
    async close() {
      await client.end();
    },
    // timestamp(3) holds UTC wall time, as Prisma writes it.
    date: (d) => d.toISOString(),
    bool: (b) => b,
  };
}

// ---------------------------------------------------------------------------------------------
// What the posts say.

const TOPICS = [
  "시험",
  "과제",
  "조별과제",
  "학식",
  "도서관",
  "수강신청",
  "동아리",
  "기숙사",
  "셔틀버스",
  "교양",
  "전공",
  "장학금",
  "알바",
  "자취",
  "축제",
  "취업",
  "대학원",
  "토익",
  "휴학",
  "복학",
];
const OPENERS = [
  "혹시",
  "다들",
  "진짜",
  "오늘",
  "이번 학기",
  "내일",
  "요즘",
  "방금",
  "어제",
  "갑자기",
];
const ENDINGS = [
  "어떻게 생각해요?",
  "아시는 분?",
  "후기 남겨요",
  "질문 있어요",
  "너무 힘들다",
  "추천 부탁드려요",
  "꿀팁 공유합니다",
  "실화냐",
  "같이 하실 분",
  "정보 공유",
];
const SENTENCES = [
  "중앙도서관 열람실 자리가 하나도 없네요.",
  "이번 주 금요일까지 제출이라 밤새야 할 것 같아요.",
  "학생식당 메뉴가 오늘따라 괜찮았어요.",
  "교수님이 출석을 매번 부르셔서 빠질 수가 없어요.",
  "셔틀 시간표가 바뀐 걸 오늘 알았네요.",
  "혹시 같은 수업 듣는 분 계시면 연락 주세요.",
  "다음 주에 중간고사인데 아직 하나도 못 봤어요.",
  "기숙사 신청 기간이 언제까지인지 아시는 분 있나요?",
  "동아리 모집 공고 보고 지원해 봤어요.",
  "장학금 공지가 학교 홈페이지에 올라왔어요.",
];
/** A word only about one post in a thousand contains, for timing a search that finds little. */
export const RARE_WORD = "희귀검색어";

// ---------------------------------------------------------------------------------------------

function lognormal(rng: ReturnType<typeof createRng>, mu: number, sigma: number) {
  const u = 1 - rng.next();
  const v = rng.next();
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.exp(mu + sigma * z);
}

/** `total` spread over `n` slots with a long tail, each at most `cap`. */
function longTail(
  rng: ReturnType<typeof createRng>,
  n: number,
  total: number,
  cap: number,
  sigma: number,
): Int32Array {
  const out = new Int32Array(n);
  if (!n || !total) return out;
  const raw = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += raw[i] = lognormal(rng, 0, sigma);
  const scale = total / sum;
  for (let i = 0; i < n; i++) out[i] = Math.min(cap, Math.floor(raw[i] * scale + rng.next()));
  return out;
}

/** A step coprime to n, so (start + j * step) % n visits n distinct values. */
function coprimeStep(n: number) {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  for (const p of [7919, 7907, 7901, 104729, 1009, 997, 13, 7, 3, 1])
    if (p < n && gcd(p, n) === 1) return p;
  return 1;
}

async function main() {
  const o = parseOptions(process.argv.slice(2));
  const url = databaseUrl();
  const sink = isPostgresUrl(url) ? await postgresSink(url) : sqliteSink(url);
  const rng = createRng(o.seed);
  const started = performance.now();
  const lap = (what: string) =>
    console.log(`bigdata: ${what} (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  if (await sink.one(`SELECT id FROM "School" WHERE name = $1`, [o.school])) {
    throw new Error(
      `a school named ${o.school} already exists; pass --school=<another name> or use a fresh database`,
    );
  }
  const nextId = async (table: string) =>
    Number((await sink.one<{ m: number | null }>(`SELECT MAX(id) AS m FROM ${q(table)}`))?.m ?? 0) +
    1;
  const now = new Date();
  const passwordHash = await hashPassword("campus1234");

  await sink.begin();

  // School, boards, users.
  const schoolId = await nextId("School");
  const schools = sink.writer("School", [
    ["id", "int4"],
    ["name", "text"],
    ["createdAt", "timestamp"],
  ]);
  await schools.add([schoolId, o.school, sink.date(now)]);
  await schools.flush();

  const firstBoard = await nextId("Board");
  const boardKinds = BOARDS.map((b) => b.kind);
  const boardWriter = sink.writer("Board", [
    ["id", "int4"],
    ["schoolId", "int4"],
    ["name", "text"],
    ["nameKey", "text"],
    ["description", "text"],
    ["kind", "text"],
    ["position", "int4"],
    ["createdAt", "timestamp"],
  ]);
  // PostgreSQL's enum column takes text through a cast-free path only via an explicit insert:
  if (sink.kind === "postgres") {
    for (const [i, b] of BOARDS.entries()) {
      await sink.one(
        `INSERT INTO "Board" (id, "schoolId", name, "nameKey", description, kind, position, "createdAt") VALUES ($1, $2, $3, $4, $5, $6::"BoardKind", $7, $8)`,
        [firstBoard + i, schoolId, b.name, boardNameKey(b.name), b.description, b.kind, i, now],
      );
    }
  } else {
    for (const [i, b] of BOARDS.entries())
      await boardWriter.add([
        firstBoard + i,
        schoolId,
        b.name,
        boardNameKey(b.name),
        b.description,
        b.kind,
        i,
        sink.date(now),
      ]);
    await boardWriter.flush();
  }
  const boardId = (kind: string) =>
    firstBoard + boardKinds.indexOf(kind as (typeof boardKinds)[number]);
  const heavyBoard = boardId("FREE");
  const smallBoard = boardId("CLUB");
  const secretBoard = boardId("SECRET");

  const firstUser = await nextId("User");
  const users = sink.writer("User", [
    ["id", "int4"],
    ["email", "text"],
    ["passwordHash", "text"],
    ["nickname", "text"],
    ["schoolId", "int4"],
    ["isAdmin", "bool"],
    ["isActive", "bool"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const tag = o.seed.replace(/[^a-z0-9]/gi, "").slice(0, 8) || "big";
  for (let i = 0; i < o.users; i++) {
    const id = firstUser + i;
    await users.add([
      id,
      `bench${i}.${tag}.${schoolId}@bigdata.test`,
      passwordHash,
      `벤치${schoolId}_${i}`,
      schoolId,
      sink.bool(i === 0),
      sink.bool(true),
      sink.date(now),
      sink.date(now),
    ]);
  }
  await users.flush();
  // Verified students, as the seed's (docs/DECISIONS.md "학교 인증"); on PostgreSQL the level is an
  // enum, which a plain UPDATE with a literal fills without a cast.
  await sink.exec(
    `UPDATE "User" SET "verification" = 'STUDENT', "verificationMethod" = 'SEED', "verifiedAt" = "createdAt" WHERE "schoolId" = ${Number(schoolId)}`,
  );
  lap(
    `school ${o.school} (#${schoolId}), ${BOARDS.length} boards, ${o.users} users (bench0.${tag}.${schoolId}@bigdata.test is admin; password campus1234)`,
  );

  // Per post: board, 공감, comments, scraps — decided before writing, so counters are final.
  const n = o.posts;
  const likeCounts = longTail(rng, n, o.likes, o.users - 1, 1.8);
  const commentCounts = longTail(rng, n, o.comments, 2000, 1.0);
  const scrapCounts = longTail(rng, n, o.scraps, o.users - 1, 1.8);
  const boards = new Int32Array(n);
  const otherBoards = boardKinds.filter((k) => k !== "FREE" && k !== "CLUB").map(boardId);
  // The small board's posts are spread evenly through time; 80% of the rest go to 자유게시판.
  const smallEvery = o.smallBoard ? n / o.smallBoard : Infinity;
  let smallLeft = o.smallBoard;
  for (let i = 0; i < n; i++) {
    if (smallLeft > 0 && Math.floor((i + 1) / smallEvery) > o.smallBoard - smallLeft) {
      boards[i] = smallBoard;
      smallLeft--;
    } else boards[i] = rng.chance(0.8) ? heavyBoard : rng.pick(otherBoards);
  }

  const firstPost = await nextId("Post");
  const span = o.days * 86_400_000;
  const t0 = now.getTime() - span;
  const postTime = (i: number) => new Date(t0 + Math.floor(((i + 0.5) * span) / n));
  const posts = sink.writer("Post", [
    ["id", "int4"],
    ["boardId", "int4"],
    ["schoolId", "int4"],
    ["authorId", "int4"],
    ["title", "text"],
    ["content", "text"],
    ["isAnonymous", "bool"],
    ["likeCount", "int4"],
    ["scrapCount", "int4"],
    ["commentCount", "int4"],
    ["photoCount", "int4"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const postAuthor = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const author = firstUser + rng.int(0, o.users - 1);
    postAuthor[i] = author;
    const rare = rng.chance(0.001);
    const title = `${rng.pick(OPENERS)} ${rng.pick(TOPICS)} ${rng.pick(ENDINGS)}${rare ? ` ${RARE_WORD}` : ""}`;
    const content = Array.from({ length: rng.int(1, 5) }, () => rng.pick(SENTENCES)).join(" ");
    const anonymous = boards[i] === secretBoard || (boards[i] === heavyBoard && rng.chance(0.4));
    const at = sink.date(postTime(i));
    await posts.add([
      firstPost + i,
      boards[i],
      schoolId,
      author,
      title,
      content,
      sink.bool(anonymous),
      likeCounts[i],
      scrapCounts[i],
      commentCounts[i],
      0,
      at,
      at,
    ]);
  }
  await posts.flush();
  lap(
    `${n} posts (${n - countOther(boards, heavyBoard)} on 자유게시판, ${o.smallBoard} on 동아리·학회)`,
  );

  // 공감 and scraps: distinct users per post (never the author), walking the users with a coprime step.
  const step = coprimeStep(o.users);
  const marks = async (table: "PostLike" | "Scrap", counts: Int32Array) => {
    const w = sink.writer(table, [
      ["id", "int4"],
      ["userId", "int4"],
      ["postId", "int4"],
      ["createdAt", "timestamp"],
    ]);
    let id = await nextId(table);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const start = rng.int(0, o.users - 1);
      const base = postTime(i).getTime();
      let written = 0;
      for (let j = 0; written < counts[i]; j++) {
        const user = firstUser + ((start + j * step) % o.users);
        if (user === postAuthor[i]) continue;
        await w.add([
          id++,
          user,
          firstPost + i,
          sink.date(new Date(Math.min(now.getTime(), base + (written + 1) * 60_000))),
        ]);
        written++;
      }
      total += written;
    }
    await w.flush();
    return total;
  };
  const likeTotal = await marks("PostLike", likeCounts);
  lap(`${likeTotal} 공감`);
  const scrapTotal = await marks("Scrap", scrapCounts);
  lap(`${scrapTotal} scraps`);

  // Comments: a quarter are replies (대댓글) to an earlier top-level comment of the same post.
  const comments = sink.writer("Comment", [
    ["id", "int4"],
    ["postId", "int4"],
    ["authorId", "int4"],
    ["parentId", "int4"],
    ["content", "text"],
    ["isAnonymous", "bool"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  let commentId = await nextId("Comment");
  let commentTotal = 0;
  for (let i = 0; i < n; i++) {
    const base = postTime(i).getTime();
    let lastTop = 0;
    for (let j = 0; j < commentCounts[i]; j++) {
      const parent = lastTop && rng.chance(0.25) ? lastTop : null;
      const at = sink.date(new Date(Math.min(now.getTime(), base + (j + 1) * 30_000)));
      const anonymous = boards[i] === secretBoard || rng.chance(0.4);
      await comments.add([
        commentId,
        firstPost + i,
        firstUser + rng.int(0, o.users - 1),
        parent,
        rng.pick(SENTENCES),
        sink.bool(anonymous),
        at,
        at,
      ]);
      if (!parent) lastTop = commentId;
      commentId++;
      commentTotal++;
    }
  }
  await comments.flush();
  lap(`${commentTotal} comments`);

  // Boards students made: names and descriptions from the topics, 0–4 posts each in the last 60 days.
  const firstUserBoard = await nextId("Board");
  const firstUserPost = await nextId("Post");
  const userPosts = sink.writer("Post", [
    ["id", "int4"],
    ["boardId", "int4"],
    ["schoolId", "int4"],
    ["authorId", "int4"],
    ["title", "text"],
    ["content", "text"],
    ["isAnonymous", "bool"],
    ["createdAt", "timestamp"],
    ["updatedAt", "timestamp"],
  ]);
  const recent = 60 * 86_400_000;
  const planned: { board: number; at: Date; author: number }[] = [];
  for (let b = 0; b < o.userBoards; b++) {
    const id = firstUserBoard + b;
    const name = `${TOPICS[b % TOPICS.length]} 모임 ${b + 1}`;
    const made = new Date(
      now.getTime() - recent + Math.floor((b * recent) / Math.max(1, o.userBoards)),
    );
    const postTimes = Array.from(
      { length: rng.int(0, 4) },
      () => new Date(made.getTime() + Math.floor(rng.next() * (now.getTime() - made.getTime()))),
    );
    const activity = postTimes.reduce((sum, t) => sum + activityOf(t), 0);
    const manager = firstUser + rng.int(0, o.users - 1);
    const anonymousOnly = rng.chance(0.1);
    await sink.one(
      `INSERT INTO "Board" (id, "schoolId", name, "nameKey", description, kind, position, "createdAt", "managerId", "anonymousOnly", activity) VALUES ($1, $2, $3, $4, $5, ${sink.kind === "postgres" ? `$6::"BoardKind"` : "$6"}, 0, $7, $8, $9, $10) RETURNING id`,
      [
        id,
        schoolId,
        name,
        boardNameKey(name),
        `${TOPICS[b % TOPICS.length]} 이야기를 나누는 학생 게시판`,
        "USER",
        sink.date(made),
        manager,
        sink.bool(anonymousOnly),
        activity,
      ],
    );
    for (const at of postTimes)
      planned.push({ board: id, at, author: firstUser + rng.int(0, o.users - 1) });
  }
  planned.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const [i, p] of planned.entries())
    await userPosts.add([
      firstUserPost + i,
      p.board,
      schoolId,
      p.author,
      `${rng.pick(OPENERS)} ${rng.pick(TOPICS)} ${rng.pick(ENDINGS)}`,
      rng.pick(SENTENCES),
      sink.bool(false),
      sink.date(p.at),
      sink.date(p.at),
    ]);
  await userPosts.flush();
  lap(`${o.userBoards} students' boards with ${planned.length} posts`);

  for (const t of ["School", "Board", "User", "Post", "PostLike", "Scrap", "Comment"])
    await sink.bumpSequence(t);
  await sink.exec(ANONYMOUS_NUMBER_BACKFILL_SQL); // 익명N of the bulk-written comments
  await sink.commit();
  if (o.analyze) {
    await sink.exec("ANALYZE");
    lap("ANALYZE");
  }
  const hot = likeCounts.filter((c) => c >= 10).length;
  const best = likeCounts.filter((c) => c >= 100).length;
  console.log(
    `bigdata: done — school #${schoolId} "${o.school}": ${n} posts (HOT ≥ 10: ${hot}, BEST ≥ 100: ${best}), ${likeTotal} 공감, ${commentTotal} comments, ${scrapTotal} scraps; ` +
      `heavy board #${heavyBoard}, small board #${smallBoard}`,
  );
  await sink.close();
}

function countOther(boards: Int32Array, heavy: number) {
  let c = 0;
  for (const b of boards) if (b !== heavy) c++;
  return c;
}

main().catch((e) => {
  console.error("bigdata failed:", e);
  process.exitCode = 1;
});
