import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import type { CommentDto } from "@/lib/community/comment-dto";
import { getPostCommentThread, listPostComments } from "@/lib/community/comment-threads";
import { createComment, deleteComment } from "@/lib/community/comment-writes";
import { listMyCommentedPosts } from "@/lib/community/my-lists";
import { makeViewer as makeSupportViewer } from "../support/viewers";
import { createCommentSchema, commentListQuerySchema } from "@/lib/community/comment-schemas";

// The comment service against the seeded throwaway database (no mocks): numbering, threads,
// soft delete, counters, school scope, SECRET boards and 댓글 단 글.

let schoolA: number;
let schoolB: number;

const makeViewer = (opts: { schoolId?: number; isAdmin?: boolean } = {}) =>
  makeSupportViewer({ schoolId: schoolA, ...opts });

async function makePost(
  author: Viewer,
  opts: { isAnonymous?: boolean; kind?: "FREE" | "SECRET" } = {},
) {
  const board = await prisma.board.findFirstOrThrow({
    where: { schoolId: author.schoolId, kind: opts.kind ?? "FREE" },
    select: { id: true, schoolId: true },
  });
  return prisma.post.create({
    data: {
      boardId: board.id,
      schoolId: board.schoolId,
      authorId: author.id,
      title: "댓글 테스트 글",
      content: "본문입니다.",
      isAnonymous: opts.isAnonymous ?? false,
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

const list = (viewer: Viewer, postId: number, query: Record<string, unknown> = {}) =>
  listPostComments(viewer, postId, commentListQuerySchema.parse(query));

const nameOf = (c: CommentDto) =>
  c.author && "name" in c.author ? c.author.name : c.author?.nickname;
const commentCount = async (postId: number) =>
  (await prisma.post.findUniqueOrThrow({ where: { id: postId }, select: { commentCount: true } }))
    .commentCount;

beforeAll(async () => {
  const schools = await prisma.school.findMany({
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true },
  });
  [schoolA, schoolB] = schools.map((s) => s.id);
});

describe("anonymous numbering", () => {
  it("numbers 익명1, 익명2 by first anonymous comment, keeps a repeat commenter's number, and marks 익명(글쓴이)", async () => {
    const [author, a, b] = await Promise.all([makeViewer(), makeViewer(), makeViewer()]);
    const post = await makePost(author, { isAnonymous: true });
    await say(a, post.id, "첫 댓글", true);
    await say(b, post.id, "두 번째", true);
    const again = await say(a, post.id, "또 나", true);
    const mine = await say(author, post.id, "글쓴이입니다", true);
    expect(nameOf(again)).toBe("익명1");
    expect(mine.author).toEqual({ name: "익명(글쓴이)" });
    expect(mine.isPostAuthor).toBe(true);

    const page = await list(b, post.id);
    expect(page.items.map(nameOf)).toEqual(["익명1", "익명2", "익명1", "익명(글쓴이)"]);
    expect(page.items.map((c) => c.isMine)).toEqual([false, true, false, false]);
    for (const c of page.items) expect(Object.keys(c.author!)).toEqual(["name"]);
  });

  it("shares numbers between comments and replies, and keeps them when the first comment is deleted", async () => {
    const [author, a, b] = await Promise.all([makeViewer(), makeViewer(), makeViewer()]);
    const post = await makePost(author);
    const first = await say(a, post.id, "a의 첫 댓글", true);
    const reply = await say(b, post.id, "b의 답글", true, first.id);
    expect(nameOf(reply)).toBe("익명2");
    await deleteComment(a, first.id);
    const later = await say(a, post.id, "a 다시", true);
    expect(nameOf(later)).toBe("익명1");
  });

  it("numbers the author's anonymous comment on a post with a nickname, and never marks it 글쓴이", async () => {
    const [author, a] = await Promise.all([makeViewer(), makeViewer()]);
    const post = await makePost(author, { isAnonymous: false });
    await say(a, post.id, "누군가", true);
    const anon = await say(author, post.id, "익명 글쓴이?", true);
    const named = await say(author, post.id, "닉네임으로", false);
    expect(anon.author).toEqual({ name: "익명2" });
    expect(anon.isPostAuthor).toBe(false);
    expect(named.author).toEqual({
      id: author.id,
      nickname: author.nickname,
      profileImageUrl: null,
    });
    expect(named.isPostAuthor).toBe(true);
  });

  it("does not mark a nickname comment of an anonymous post's author as the post's author", async () => {
    const author = await makeViewer();
    const post = await makePost(author, { isAnonymous: true });
    const named = await say(author, post.id, "닉네임 댓글", false);
    expect(named.isPostAuthor).toBe(false);
    expect(nameOf(named)).toBe(author.nickname);
  });
});

describe("threads", () => {
  it("attaches a reply to a reply to the top-level comment, oldest first", async () => {
    const [author, a, b] = await Promise.all([makeViewer(), makeViewer(), makeViewer()]);
    const post = await makePost(author);
    const top = await say(a, post.id, "원댓글", false);
    const r1 = await say(b, post.id, "답글 1", false, top.id);
    const r2 = await say(a, post.id, "답글의 답글", false, r1.id);
    expect(r2.parentId).toBe(top.id);
    const page = await list(author, post.id);
    expect(page.items).toHaveLength(1);
    expect(page.items[0].replies.map((r) => r.content)).toEqual(["답글 1", "답글의 답글"]);
  });

  it("refuses a parent from another post or a deleted one (400 on parentId)", async () => {
    const author = await makeViewer();
    const [post, other] = await Promise.all([makePost(author), makePost(author)]);
    const elsewhere = await say(author, other.id, "다른 글의 댓글", false);
    await expect(say(author, post.id, "x", false, elsewhere.id)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { parentId: expect.any(Array) },
    });
    await expect(say(author, post.id, "x", false, 999_999_999)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    const gone = await say(author, post.id, "곧 삭제", false);
    await deleteComment(author, gone.id);
    await expect(say(author, post.id, "x", false, gone.id)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { parentId: ["삭제된 댓글에는 답글을 달 수 없습니다."] },
    });

    // Nor into a thread whose top-level comment is deleted, through one of its live replies.
    const top = await say(author, post.id, "지워질 원댓글", false);
    const liveReply = await say(author, post.id, "남는 답글", false, top.id);
    await deleteComment(author, top.id);
    await expect(say(author, post.id, "x", false, liveReply.id)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { parentId: expect.any(Array) },
    });
    expect(await commentCount(post.id)).toBe(1);
  });

  it("keeps a deleted comment with live replies as the placeholder and drops one without", async () => {
    const [author, a] = await Promise.all([makeViewer(), makeViewer()]);
    const post = await makePost(author, { isAnonymous: true });
    const withReplies = await say(a, post.id, "답글 있는 댓글", true);
    await say(author, post.id, "답글", true, withReplies.id);
    const lonely = await say(a, post.id, "혼자인 댓글", true);
    const withDeadReply = await say(a, post.id, "답글도 지워진 댓글", true);
    const deadReply = await say(author, post.id, "지워질 답글", true, withDeadReply.id);
    await deleteComment(a, withReplies.id);
    await deleteComment(a, lonely.id);
    await deleteComment(author, deadReply.id);
    await deleteComment(a, withDeadReply.id);

    const page = await list(author, post.id);
    expect(page.items).toHaveLength(1);
    const [placeholder] = page.items;
    expect(placeholder).toMatchObject({
      id: withReplies.id,
      deleted: true,
      content: "삭제된 댓글입니다.",
      author: null,
      isMine: false,
    });
    expect(JSON.stringify(placeholder)).not.toContain("답글 있는 댓글");
    expect(placeholder.replies.map(nameOf)).toEqual(["익명(글쓴이)"]);
  });

  it("paginates by top-level comment with whole reply lists", async () => {
    const author = await makeViewer();
    const post = await makePost(author);
    const tops: CommentDto[] = [];
    for (let i = 1; i <= 3; i++) tops.push(await say(author, post.id, `댓글 ${i}`, false));
    for (let i = 1; i <= 3; i++) await say(author, post.id, `답글 ${i}`, false, tops[0].id);
    const first = await list(author, post.id, { limit: "2" });
    expect(first.items.map((c) => c.content)).toEqual(["댓글 1", "댓글 2"]);
    expect(first.items[0].replies).toHaveLength(3);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(author, post.id, { limit: "2", cursor: first.nextCursor });
    expect(second.items.map((c) => c.content)).toEqual(["댓글 3"]);
    expect(second.nextCursor).toBeNull();
    await expect(list(author, post.id, { cursor: "nonsense" })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });

  it("defaults to 50 top-level comments a page", () => {
    expect(commentListQuerySchema.parse({}).limit).toBe(50);
  });
});

describe("rules", () => {
  it("forces anonymity on a SECRET board", async () => {
    const [author, a] = await Promise.all([makeViewer(), makeViewer()]);
    const post = await makePost(author, { kind: "SECRET", isAnonymous: true });
    const c = await say(a, post.id, "닉네임으로 쓰려 했지만", false);
    expect(c.isAnonymous).toBe(true);
    expect(c.author).toEqual({ name: "익명1" });
  });

  it("keeps Post.commentCount equal to the live comments", async () => {
    const [author, a] = await Promise.all([makeViewer(), makeViewer()]);
    const post = await makePost(author);
    const c1 = await say(a, post.id, "하나", false);
    await say(author, post.id, "둘", false, c1.id);
    expect(await commentCount(post.id)).toBe(2);
    await deleteComment(a, c1.id);
    expect(await commentCount(post.id)).toBe(1);
    await expect(deleteComment(a, c1.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await commentCount(post.id)).toBe(1);
    const thread = await getPostCommentThread(author, post.id);
    expect(thread.commentCount).toBe(1);
  });

  it("counts two deletes of one comment at once only once", async () => {
    const author = await makeViewer();
    const post = await makePost(author);
    const c = await say(author, post.id, "동시에 삭제", false);
    await say(author, post.id, "남는 댓글", false);
    const results = await Promise.allSettled([
      deleteComment(author, c.id),
      deleteComment(author, c.id),
    ]);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
    expect(await commentCount(post.id)).toBe(1);
  });

  it("lets only the author or an admin of the school delete", async () => {
    const [author, a, stranger, admin, otherAdmin] = await Promise.all([
      makeViewer(),
      makeViewer(),
      makeViewer(),
      makeViewer({ isAdmin: true }),
      makeViewer({ schoolId: schoolB, isAdmin: true }),
    ]);
    const post = await makePost(author);
    const c = await say(a, post.id, "지워 보세요", false);
    await expect(deleteComment(stranger, c.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteComment(author, c.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteComment(otherAdmin, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteComment(admin, c.id)).resolves.toEqual({ postId: post.id });
  });

  it("hides another school's post and a deleted post's comments (NOT_FOUND)", async () => {
    const [author, outsider] = await Promise.all([makeViewer(), makeViewer({ schoolId: schoolB })]);
    const post = await makePost(author);
    const c = await say(author, post.id, "우리 학교 댓글", false);
    await expect(list(outsider, post.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(say(outsider, post.id, "침입", true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteComment(outsider, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });

    await prisma.post.update({ where: { id: post.id }, data: { deletedAt: new Date() } });
    await expect(list(author, post.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(say(author, post.id, "삭제된 글", false)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteComment(author, c.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("listMyCommentedPosts (댓글 단 글)", () => {
  it("lists posts by the viewer's latest live comment, without deleted posts, with anonymous authors as 익명", async () => {
    const [me, anonAuthor, namedAuthor] = await Promise.all([
      makeViewer(),
      makeViewer(),
      makeViewer(),
    ]);
    const anonPost = await makePost(anonAuthor, { isAnonymous: true });
    const namedPost = await makePost(namedAuthor);
    const goneComment = await makePost(namedAuthor);
    const gonePost = await makePost(namedAuthor);

    await say(me, anonPost.id, "익명 글에 댓글", true);
    await say(me, namedPost.id, "실명 글에 댓글", false);
    const removed = await say(me, goneComment.id, "지울 댓글", false);
    await deleteComment(me, removed.id);
    await say(me, gonePost.id, "곧 사라질 글", false);
    await prisma.post.update({ where: { id: gonePost.id }, data: { deletedAt: new Date() } });
    await say(me, anonPost.id, "다시 익명 글에", true);

    const page = await listMyCommentedPosts(me, { limit: 20 });
    expect(page.items.map((p) => p.id)).toEqual([anonPost.id, namedPost.id]);
    expect(page.items[0].author).toEqual({ name: "익명" });
    expect(page.items[1].author).toMatchObject({
      id: namedAuthor.id,
      nickname: namedAuthor.nickname,
    });
    expect(JSON.stringify(page)).not.toContain(anonAuthor.nickname);

    const first = await listMyCommentedPosts(me, { limit: 1 });
    expect(first.items.map((p) => p.id)).toEqual([anonPost.id]);
    const second = await listMyCommentedPosts(me, { limit: 1, cursor: first.nextCursor! });
    expect(second.items.map((p) => p.id)).toEqual([namedPost.id]);
    expect(second.nextCursor).toBeNull();
  });
});
