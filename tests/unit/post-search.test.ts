import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { decodeCursor, idCursor } from "@/lib/http/cursor";
import { CANDIDATE_LIMIT, FIRST_WINDOW, SCAN_LIMIT } from "@/lib/community/post-search";
import {
  createPost,
  deletePost,
  listBoardPosts,
  listSchoolPosts,
  updatePost,
} from "@/lib/community/posts";
import { listLectures } from "@/lib/lectures/lectures";
import type { Page } from "@/lib/http/cursor";
import type { PostListItem } from "@/lib/community/post-dto";

// Search through the trigram index (SQLite FTS5 / PostgreSQL pg_trgm) and the bounded scan for
// 2-character terms: literal wildcards, the index kept in step with writes, and bounded pages
// that continue with a cursor until every match is found.

let schoolId: number;
let viewer: Viewer;
let seededViewer: Viewer;
let n = 0;
const tag = () => `${Date.now().toString(36)}${n++}`;

beforeAll(async () => {
  // A school of its own: the boards made here do not appear in other test files' schools.
  schoolId = (
    await prisma.school.create({ data: { name: `검색대학교${tag()}` }, select: { id: true } })
  ).id;
  viewer = await prisma.user.create({
    data: {
      verification: "STUDENT",
      email: `search-${tag()}@unit.test`,
      nickname: `검색${tag()}`.slice(0, 20),
      passwordHash: "x",
      schoolId,
    },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
  });
  // A student of the seeded school, whose lectures the lecture search looks through.
  const seeded = (await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  seededViewer = await prisma.user.create({
    data: {
      verification: "STUDENT",
      email: `search2-${tag()}@unit.test`,
      nickname: `검색2${tag()}`.slice(0, 20),
      passwordHash: "x",
      schoolId: seeded,
    },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
  });
});

async function newBoard() {
  return (
    await prisma.board.create({ data: { schoolId, name: `search-${tag()}` }, select: { id: true } })
  ).id;
}

/** Every id a search finds, following nextCursor to the end (pages may be short but continue). */
async function all(load: (cursor?: string) => Promise<Page<PostListItem>>) {
  const ids: number[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await load(cursor);
    ids.push(...page.items.map((p) => p.id));
    if (!page.nextCursor) return ids;
    cursor = page.nextCursor;
  }
  throw new Error("search did not end");
}

describe("post search", () => {
  it("treats % and _ literally, for long and 2-character terms", async () => {
    const board = await newBoard();
    const write = (title: string, content = "본문") =>
      prisma.post.create({
        data: { boardId: board, schoolId, authorId: viewer.id, title, content },
        select: { id: true },
      });
    const pct = await write("할인 100% 실화");
    const under = await write("snake_case 변수");
    const pcts = await write("%% 두 개");
    await write("할인 1000원");
    await write("snakeXcase 변수");
    const find = async (f: Record<string, string>) =>
      all((cursor) => listBoardPosts(viewer, board, { limit: 20, cursor, ...f }));
    expect(await find({ q: "100%" })).toEqual([pct.id]);
    expect(await find({ title: "e_c" })).toEqual([under.id]);
    expect(await find({ q: "%%" })).toEqual([pcts.id]);
    expect(await find({ q: "__" })).toEqual([]);
    expect(await find({ title: "%" + "%" })).toEqual([pcts.id]);
    expect(await find({ titleStartsWith: "%%" })).toEqual([pcts.id]);
    expect(await find({ titleStartsWith: "할인 1" })).toEqual(expect.arrayContaining([pct.id]));
    // ASCII case is folded, as before.
    expect(await find({ q: "SNAKE_" })).toEqual([under.id]);
  });

  it("keeps the index in step with writes, edits and deletes", async () => {
    const board = await newBoard();
    const word = `색인${tag()}`;
    const post = await createPost(viewer, board, {
      title: `처음 ${word}`,
      content: "내용",
      isAnonymous: false,
      photoIds: [],
    });
    const find = async (q: string) =>
      (await listBoardPosts(viewer, board, { limit: 20, q })).items.map((p) => p.id);
    expect(await find(word)).toEqual([post.id]);
    await updatePost(viewer, post.id, { title: "바뀐 제목", content: `본문에 ${word}x 있음` });
    expect(await find("바뀐 제목")).toEqual([post.id]);
    expect(await find(`${word}x`)).toEqual([post.id]);
    expect(await find(`처음 ${word}`)).toEqual([]);
    await deletePost(viewer, post.id);
    expect(await find(`${word}x`)).toEqual([]);
    // A row removed outright (not only soft-deleted) leaves the index too.
    const gone = await prisma.post.create({
      data: { boardId: board, schoolId, authorId: viewer.id, title: `지울글${word}`, content: "x" },
      select: { id: true },
    });
    expect(await find(`지울글${word}`)).toEqual([gone.id]);
    await prisma.post.delete({ where: { id: gone.id } });
    expect(await find(`지울글${word}`)).toEqual([]);
  });

  it("answers a 2-character term with bounded pages that continue to the oldest match", async () => {
    const board = await newBoard();
    const oldest = await prisma.post.create({
      data: { boardId: board, schoolId, authorId: viewer.id, title: "맨처음 글", content: "옛날" },
      select: { id: true },
    });
    await prisma.post.createMany({
      data: Array.from({ length: SCAN_LIMIT + 50 }, (_, i) => ({
        boardId: board,
        schoolId,
        authorId: viewer.id,
        title: `채움 ${i}`,
        content: "내용 없음",
      })),
    });
    const first = await listBoardPosts(viewer, board, { limit: 20, q: "옛날" });
    // The first request looked at SCAN_LIMIT posts only: nothing yet, and a cursor to go on.
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    expect(decodeCursor(first.nextCursor!, idCursor)!.id).toBeGreaterThan(oldest.id);
    expect(
      await all((cursor) => listBoardPosts(viewer, board, { limit: 20, cursor, q: "옛날" })),
    ).toEqual([oldest.id]);
    // A 2-character term that matches many fills its page at once.
    const many = await listBoardPosts(viewer, board, { limit: 20, q: "채움" });
    expect(many.items).toHaveLength(20);
  });

  it("bounds the index candidates read per request, and still reaches every match of the scope", async () => {
    const board = await newBoard();
    const other = await newBoard();
    const word = `후보${tag()}`;
    const mine = await prisma.post.create({
      data: { boardId: board, schoolId, authorId: viewer.id, title: `${word} 여기`, content: "x" },
      select: { id: true },
    });
    // Newer matches on another board: more than one request may read from the index.
    await prisma.post.createMany({
      data: Array.from({ length: CANDIDATE_LIMIT + 10 }, () => ({
        boardId: other,
        schoolId,
        authorId: viewer.id,
        title: `${word} 저기`,
        content: "x",
      })),
    });
    const ids = await all((cursor) =>
      listBoardPosts(viewer, board, { limit: 20, cursor, q: word }),
    );
    expect(ids).toEqual([mine.id]);
    const school = await listSchoolPosts(viewer, { limit: 20, q: word });
    expect(school.items).toHaveLength(20);
  });

  it("fills a page from beyond the first window of index hits: newest first, none twice, none missed", async () => {
    const board = await newBoard();
    const other = await newBoard();
    const word = `창문${tag()}`;
    const post = (boardId: number, i: number) => ({
      boardId,
      schoolId,
      authorId: viewer.id,
      title: `${word} ${i}`,
      content: "x",
    });
    // Oldest first: 25 matches on this board, then FIRST_WINDOW - 5 newer ones elsewhere with
    // 5 more of this board among them, so the first window holds only 5 of the page.
    await prisma.post.createMany({ data: Array.from({ length: 25 }, (_, i) => post(board, i)) });
    await prisma.post.createMany({
      data: Array.from({ length: FIRST_WINDOW - 5 }, (_, i) =>
        post(i % 39 === 0 ? board : other, 100 + i),
      ),
    });
    const expected = (
      await prisma.post.findMany({
        where: { boardId: board },
        orderBy: { id: "desc" },
        select: { id: true },
      })
    ).map((p) => p.id);
    expect(expected).toHaveLength(30);
    const first = await listBoardPosts(viewer, board, { limit: 20, q: word });
    expect(first.items.map((p) => p.id)).toEqual(expected.slice(0, 20));
    expect(first.nextCursor).not.toBeNull();
    expect(
      await all((cursor) => listBoardPosts(viewer, board, { limit: 20, cursor, q: word })),
    ).toEqual(expected);
  });

  it("finds a match older than the board's newest FIRST_WINDOW posts, on the first page", async () => {
    const board = await newBoard();
    const word = `등대${tag()}`;
    const old = await prisma.post.create({
      data: {
        boardId: board,
        schoolId,
        authorId: viewer.id,
        title: "오래된 글",
        content: `본문에 ${word} 있음`,
      },
      select: { id: true },
    });
    await prisma.post.createMany({
      data: Array.from({ length: FIRST_WINDOW + 10 }, (_, i) => ({
        boardId: board,
        schoolId,
        authorId: viewer.id,
        title: `새 글 ${i}`,
        content: "다른 내용",
      })),
    });
    const page = await listBoardPosts(viewer, board, { limit: 20, q: word });
    expect(page.items.map((p) => p.id)).toEqual([old.id]);
    expect(page.nextCursor).toBeNull();
  });

  it("finds lecture text literally: %% is not everything", async () => {
    expect((await listLectures(seededViewer, { limit: 100 })).items.length).toBeGreaterThan(0);
    const everything = await listLectures(seededViewer, { limit: 100, q: "%%" });
    expect(everything.items).toEqual([]);
    const underscore = await listLectures(seededViewer, { limit: 100, q: "__" });
    expect(underscore.items).toEqual([]);
  });
});
