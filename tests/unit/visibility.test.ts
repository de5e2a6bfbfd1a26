import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import {
  LIVE,
  liveSql,
  OPEN_BOARD,
  openBoardSql,
  seenCommentSql,
  seenCommentWhere,
} from "@/lib/community/visibility";

// "Live, not hidden" is written once per form (Prisma where, SQL): both forms over the same rows
// must give the same answer, and the answer must be the rule (SQLite here, PostgreSQL in CI's
// TEST_PG_URL pass).

const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const when = new Date("2026-03-02T09:00:00Z");
const STATES = [
  { deleted: false, hidden: false },
  { deleted: false, hidden: true },
  { deleted: true, hidden: false },
  { deleted: true, hidden: true },
];

let author: Viewer;
let other: Viewer;
let admin: Viewer;
/** Per row: its id, state and author. */
const posts: { id: number; deleted: boolean; hidden: boolean; authorId: number }[] = [];
const comments: { id: number; deleted: boolean; hidden: boolean; authorId: number }[] = [];

beforeAll(async () => {
  const school = await prisma.school.create({ data: { name: `보임대학교${tag}` } });
  const board = await prisma.board.create({ data: { schoolId: school.id, name: `보임-${tag}` } });
  const user = (name: string, isAdmin = false) =>
    prisma.user.create({
      data: {
        email: `${name}-${tag}@unit.test`,
        nickname: `${name}${tag}`.slice(0, 20),
        passwordHash: "x",
        schoolId: school.id,
        isAdmin,
        verification: "STUDENT",
      },
      select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
    });
  [author, other, admin] = [await user("쓴이"), await user("남"), await user("관리", true)];
  const parent = await prisma.post.create({
    data: {
      boardId: board.id,
      schoolId: school.id,
      authorId: other.id,
      title: "원글",
      content: "x",
    },
  });
  for (const s of STATES)
    for (const by of [author, other]) {
      const stamps = { deletedAt: s.deleted ? when : null, hiddenAt: s.hidden ? when : null };
      const post = await prisma.post.create({
        data: {
          boardId: board.id,
          schoolId: school.id,
          authorId: by.id,
          title: "글",
          content: "x",
          ...stamps,
        },
      });
      posts.push({ id: post.id, ...s, authorId: by.id });
      const comment = await prisma.comment.create({
        data: { postId: parent.id, authorId: by.id, content: "댓글", ...stamps },
      });
      comments.push({ id: comment.id, ...s, authorId: by.id });
    }
});

const ids = (rows: { id: number | bigint }[]) =>
  rows.map((r) => Number(r.id)).sort((a, b) => a - b);

async function viaSql(table: "Post" | "Comment", condition: Prisma.Sql, alias?: string) {
  const from = alias ? Prisma.sql`${Prisma.raw(`"${table}" ${alias}`)}` : Prisma.raw(`"${table}"`);
  const idCol = Prisma.raw(alias ? `${alias}."id"` : `"id"`);
  const all = (table === "Post" ? posts : comments).map((r) => r.id);
  return ids(
    await prisma.$queryRaw<{ id: number }[]>(
      Prisma.sql`SELECT ${idCol} AS "id" FROM ${from} WHERE ${idCol} IN (${Prisma.join(all)}) AND ${condition}`,
    ),
  );
}

describe("LIVE", () => {
  it("keeps the posts that are neither deleted nor hidden, the same in Prisma and in SQL", async () => {
    const expected = ids(posts.filter((p) => !p.deleted && !p.hidden));
    expect(expected).toHaveLength(2);
    const prismaForm = ids(
      await prisma.post.findMany({
        where: { id: { in: posts.map((p) => p.id) }, ...LIVE },
        select: { id: true },
      }),
    );
    expect(prismaForm).toEqual(expected);
    expect(await viaSql("Post", liveSql("p"), "p")).toEqual(expected);
    expect(await viaSql("Post", liveSql())).toEqual(expected);
  });

  it("keeps the comments that are neither deleted nor hidden, the same in Prisma and in SQL", async () => {
    const expected = ids(comments.filter((c) => !c.deleted && !c.hidden));
    const prismaForm = ids(
      await prisma.comment.findMany({
        where: { id: { in: comments.map((c) => c.id) }, ...LIVE },
        select: { id: true },
      }),
    );
    expect(prismaForm).toEqual(expected);
    expect(await viaSql("Comment", liveSql("c"), "c")).toEqual(expected);
  });

  it("refuses an alias that is not a plain identifier", () => {
    expect(() => liveSql('p" OR 1=1 --')).toThrow();
  });
});

describe("seenComment", () => {
  it("shows a hidden comment to its author and to admins only, never a deleted one", async () => {
    for (const viewer of [author, other, admin]) {
      const expected = ids(
        comments.filter(
          (c) => !c.deleted && (!c.hidden || c.authorId === viewer.id || viewer.isAdmin),
        ),
      );
      const prismaForm = ids(
        await prisma.comment.findMany({
          where: { id: { in: comments.map((c) => c.id) }, ...seenCommentWhere(viewer) },
          select: { id: true },
        }),
      );
      expect(prismaForm, `Prisma, viewer ${viewer.nickname}`).toEqual(expected);
      expect(
        await viaSql("Comment", seenCommentSql(viewer, "r"), "r"),
        `SQL, viewer ${viewer.nickname}`,
      ).toEqual(expected);
    }
    // The rule itself: the author sees their hidden one, the admin both hidden ones, the other none.
    const hiddenLive = comments.filter((c) => c.hidden && !c.deleted);
    const seen = async (v: Viewer) =>
      ids(
        await prisma.comment.findMany({
          where: { id: { in: hiddenLive.map((c) => c.id) }, ...seenCommentWhere(v) },
          select: { id: true },
        }),
      );
    expect(await seen(author)).toEqual(ids(hiddenLive.filter((c) => c.authorId === author.id)));
    expect(await seen(admin)).toEqual(ids(hiddenLive));
    expect(await seen(other)).toEqual(ids(hiddenLive.filter((c) => c.authorId === other.id)));
  });
});

describe("OPEN_BOARD", () => {
  it("keeps the posts of open boards, not those of a closed one, the same in Prisma and in SQL", async () => {
    const school = await prisma.school.create({ data: { name: `닫힘대학교${tag}` } });
    const open = await prisma.board.create({ data: { schoolId: school.id, name: `열림-${tag}` } });
    const closed = await prisma.board.create({
      data: { schoolId: school.id, name: `닫힘-${tag}`, kind: "USER", closedAt: when },
    });
    const write = (boardId: number) =>
      prisma.post.create({
        data: { boardId, schoolId: school.id, authorId: author.id, title: "글", content: "x" },
        select: { id: true },
      });
    const kept = await write(open.id);
    const gone = await write(closed.id);
    const all = [kept.id, gone.id];
    const prismaForm = ids(
      await prisma.post.findMany({
        where: { id: { in: all }, ...OPEN_BOARD },
        select: { id: true },
      }),
    );
    expect(prismaForm).toEqual([kept.id]);
    const sqlForm = ids(
      await prisma.$queryRaw<{ id: number }[]>(
        Prisma.sql`SELECT p."id" FROM "Post" p WHERE p."id" IN (${Prisma.join(all)}) AND ${openBoardSql("p")}`,
      ),
    );
    expect(sqlForm).toEqual([kept.id]);
  });
});
