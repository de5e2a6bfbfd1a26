import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { CommentDto } from "@/lib/community/comment-dto";
import {
  getPostCommentThread,
  listPostComments,
  listReplies,
} from "@/lib/community/comment-threads";
import { createComment } from "@/lib/community/comment-writes";
import { makeViewer as makeSupportViewer } from "../support/viewers";
import {
  commentListQuerySchema,
  createCommentSchema,
  REPLY_PAGE_SIZE,
  replyListQuerySchema,
} from "@/lib/community/comment-schemas";

// Replies are bounded per page (REPLY_PAGE_SIZE with each top-level comment) with the rest one
// cursor away; and 익명N given to 50 commenters at once is unique and final (run with
// TEST_PG_URL for PostgreSQL, where it used to shift).

let schoolId: number;

const makeViewer = () => makeSupportViewer({ schoolId });

async function makePost(author: Viewer, isAnonymous = false) {
  const board = await prisma.board.findFirstOrThrow({
    where: { schoolId, kind: "FREE" },
    select: { id: true },
  });
  return prisma.post.create({
    data: {
      boardId: board.id,
      schoolId,
      authorId: author.id,
      title: "답글 테스트",
      content: "본문",
      isAnonymous,
    },
    select: { id: true },
  });
}

const say = (
  viewer: Viewer,
  postId: number,
  content: string,
  isAnonymous: boolean,
  parentId?: number,
) => createComment(viewer, postId, createCommentSchema.parse({ content, isAnonymous, parentId }));

beforeAll(async () => {
  schoolId = (
    await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true } })
  ).id;
});

describe("reply paging", () => {
  it("lists each thread with its first replies, replyCount and a cursor that walks the rest once, in order", async () => {
    const author = await makeViewer();
    const post = await makePost(author);
    const top = await say(author, post.id, "원댓글", false);
    const other = await say(author, post.id, "다른 댓글", false);
    // Written straight into the table: 35 replies from one person (the API's rate limit aside).
    await prisma.comment.createMany({
      data: Array.from({ length: 35 }, (_, i) => ({
        postId: post.id,
        authorId: author.id,
        parentId: top.id,
        content: `답글 ${i + 1}`,
        isAnonymous: false,
      })),
    });
    const deleted = await prisma.comment.findFirstOrThrow({
      where: { parentId: top.id, content: "답글 3" },
      select: { id: true },
    });
    await prisma.comment.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });

    const page = await listPostComments(
      author,
      post.id,
      commentListQuerySchema.parse({ limit: "1" }),
    );
    expect(page.items).toHaveLength(1);
    const first = page.items[0];
    expect(first).toMatchObject({ id: top.id, replyCount: 34 });
    expect(first.replies.map((r) => r.content)).toEqual([
      "답글 1",
      "답글 2",
      ...Array.from({ length: REPLY_PAGE_SIZE - 2 }, (_, i) => `답글 ${i + 4}`),
    ]);
    expect(first.repliesNextCursor).toEqual(expect.any(String));
    expect(JSON.stringify(page).length).toBeLessThan(8_000);

    const seen: CommentDto[] = [...first.replies];
    let cursor: string | null = first.repliesNextCursor;
    while (cursor) {
      const more = await listReplies(
        author,
        top.id,
        replyListQuerySchema.parse({ cursor, limit: "10" }),
      );
      expect(more.items.length).toBeLessThanOrEqual(10);
      seen.push(...more.items);
      cursor = more.nextCursor;
    }
    expect(seen.map((r) => r.content)).toEqual(
      Array.from({ length: 35 }, (_, i) => `답글 ${i + 1}`).filter((c) => c !== "답글 3"),
    );
    expect(
      seen.every(
        (r) => r.replyCount === 0 && r.replies.length === 0 && r.repliesNextCursor === null,
      ),
    ).toBe(true);

    // A thread with few replies has no cursor; the post page shows the same bounded threads.
    const second = (
      await listPostComments(author, post.id, commentListQuerySchema.parse({ limit: "5" }))
    ).items.find((c) => c.id === other.id)!;
    expect(second).toMatchObject({ replyCount: 0, repliesNextCursor: null, replies: [] });
    const thread = await getPostCommentThread(author, post.id);
    expect(thread.items.find((c) => c.id === top.id)?.replies).toHaveLength(REPLY_PAGE_SIZE);
  });

  it("answers 404 for a reply's id, another school's comment or a deleted post's", async () => {
    const author = await makeViewer();
    const post = await makePost(author);
    const top = await say(author, post.id, "원댓글", false);
    const reply = await say(author, post.id, "답글", false, top.id);
    await expect(
      listReplies(author, reply.id, replyListQuerySchema.parse({})),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stranger = { ...(await makeViewer()), schoolId: schoolId + 1 };
    await expect(
      listReplies(stranger, top.id, replyListQuerySchema.parse({})),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await prisma.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    await expect(listReplies(author, top.id, replyListQuerySchema.parse({}))).rejects.toMatchObject(
      { code: "NOT_FOUND" },
    );
  });
});

describe("익명N under concurrency", () => {
  it("50 simultaneous anonymous commenters are each told a unique number that never changes", async () => {
    const author = await makeViewer();
    const post = await makePost(author, true);
    const people = await Promise.all(Array.from({ length: 50 }, () => makeViewer()));
    // The post's author joins the crowd: 익명(글쓴이), never a number.
    const told = await Promise.all(
      [author, ...people].map((p, i) => say(p, post.id, `동시 댓글 ${i}`, true)),
    );
    const names = told.map((c) => (c.author && "name" in c.author ? c.author.name : "?"));
    expect(names[0]).toBe("익명(글쓴이)");
    const numbers = names.slice(1);
    expect(new Set(numbers).size).toBe(50);
    expect([...numbers].sort()).toEqual(
      Array.from({ length: 50 }, (_, i) => `익명${i + 1}`).sort(),
    );

    // Second comments (some replies) keep each person's number; the thread later shows the same names.
    await Promise.all(
      people.map((p, i) => say(p, post.id, `두 번째 ${i}`, true, i % 2 ? told[1].id : undefined)),
    );
    const later = await listPostComments(
      author,
      post.id,
      commentListQuerySchema.parse({ limit: "100" }),
    );
    const shown = new Map<number, string>();
    for (const c of later.items) {
      shown.set(c.id, c.author && "name" in c.author ? c.author.name : "?");
      for (const r of c.replies)
        shown.set(r.id, r.author && "name" in r.author ? r.author.name : "?");
    }
    told.forEach((c, i) => expect(shown.get(c.id)).toBe(names[i]));
  });

  it("keeps the number of a deleted comment's author and numbers by first anonymous comment", async () => {
    const author = await makeViewer();
    const post = await makePost(author, false);
    const [a, b] = [await makeViewer(), await makeViewer()];
    await say(a, post.id, "실명", false);
    const first = await say(b, post.id, "b 먼저", true);
    const second = await say(a, post.id, "a 나중", true);
    const own = await say(author, post.id, "글쓴이 익명", true); // nickname post: an ordinary number
    expect([first, second, own].map((c) => c.author)).toEqual([
      { name: "익명1" },
      { name: "익명2" },
      { name: "익명3" },
    ]);
    await prisma.comment.update({ where: { id: first.id }, data: { deletedAt: new Date() } });
    expect((await say(b, post.id, "b 다시", true)).author).toEqual({ name: "익명1" });
  });
});
