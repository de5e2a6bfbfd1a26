import "server-only";
import { shownNickname } from "@/lib/account/erased";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import {
  AppError,
  againIfRaced,
  forbidden,
  isUniqueViolation,
  notFound,
  validationFailed,
} from "@/lib/http/errors";
import { decodeCursor, idCursor, toPage, type Page } from "@/lib/http/cursor";
import { claimRateLimit } from "@/lib/rate-limit";
import { areFriends } from "@/lib/friends/service";
import { createNotification, quote } from "@/lib/notifications/service";
import { announce } from "@/lib/notifications/live";
import { LIVE, OPEN_BOARD } from "@/lib/community/visibility";
import type { MessageTarget, OriginKind, SendMessageInput } from "./schemas";

// 쪽지. One thread per pair of people and origin (a post, a comment, or friendship): the unique
// originKey makes a second first-message continue the thread, also when two arrive at once.
// A thread started from anonymous content is anonymous both ways: each side sees the other only
// as { name: "익명" } and no answer carries the other side's id (messages say isMine, never who).
// Only participants see a thread (others 404). A blocked thread takes no more messages from
// either side (403 BLOCKED).
//
// 차단 is against the person (SPEC): blocking a thread also records a UserBlock, and from then on
// whatever the blocked person sends the blocker, from any origin (another anonymous post, a
// comment, a friend thread, a book), is withheld: stored and shown to its sender as sent, but
// never delivered, counted or notified. The sender is not told (the answer is the usual 201), so
// the block does not tie two anonymous posts to one author. Each side has its own newest message
// (userALastId/userBLastId): a thread holding only withheld messages is not in the recipient's
// inbox and answers them 404. A friend thread takes no new message once the friendship ended.

export const ANONYMOUS_NAME = "익명";

export type Counterpart = { name: string; id?: number };
export type ThreadOrigin = {
  kind: OriginKind;
  boardName?: string;
  postId?: number;
  bookId?: number;
  bookTitle?: string;
};
export type MessageDto = { id: number; content: string; isMine: boolean; createdAt: string };
export type ThreadListItem = {
  id: number;
  counterpart: Counterpart;
  origin: ThreadOrigin;
  lastMessage: { content: string; isMine: boolean; createdAt: string } | null;
  unreadCount: number;
};
export type ThreadDto = Page<MessageDto> & {
  id: number;
  counterpart: Counterpart;
  origin: ThreadOrigin;
  /** The viewer blocked this thread. */
  blockedByMe: boolean;
  /** Nobody blocked it: the reply box is open. */
  canSend: boolean;
};

const threadSelect = {
  id: true,
  schoolId: true,
  userAId: true,
  userBId: true,
  originKind: true,
  originPostId: true,
  originBookId: true,
  isAnonymous: true,
  userAUnread: true,
  userBUnread: true,
  userABlockedAt: true,
  userBBlockedAt: true,
  lastMessageId: true,
  userALastId: true,
  userBLastId: true,
} as const;
type ThreadRow = {
  id: number;
  schoolId: number;
  userAId: number;
  userBId: number;
  originKind: string;
  originPostId: number | null;
  originBookId: number | null;
  isAnonymous: boolean;
  userAUnread: number;
  userBUnread: number;
  userABlockedAt: Date | null;
  userBBlockedAt: Date | null;
  lastMessageId: number;
  userALastId: number;
  userBLastId: number;
};

const sideOf = (t: ThreadRow, viewer: Viewer) => (t.userAId === viewer.id ? "A" : "B");
const otherIdOf = (t: ThreadRow, viewer: Viewer) =>
  t.userAId === viewer.id ? t.userBId : t.userAId;
/** The newest message the viewer may see in the thread (0: none). */
const myLastIdOf = (t: ThreadRow, viewer: Viewer) =>
  sideOf(t, viewer) === "A" ? t.userALastId : t.userBLastId;

type Origin = {
  kind: OriginKind;
  recipientId: number;
  isAnonymous: boolean;
  postId: number | null;
  commentId: number | null;
  bookId: number | null;
  key: string;
};

/**
 * Where a first message goes: the author of a live post/comment of the school, the seller of a
 * live 책방 listing (anonymous both ways, as from an anonymous post), or a friend.
 */
async function resolveOrigin(viewer: Viewer, to: MessageTarget): Promise<Origin> {
  const pair = (other: number) => `${Math.min(viewer.id, other)}:${Math.max(viewer.id, other)}`;
  let origin: Origin;
  if ("postId" in to) {
    const post = await prisma.post.findFirst({
      where: { id: to.postId, schoolId: viewer.schoolId, ...LIVE, ...OPEN_BOARD },
      select: { id: true, authorId: true, isAnonymous: true },
    });
    if (!post) throw notFound("게시글");
    origin = {
      kind: "POST",
      recipientId: post.authorId,
      isAnonymous: post.isAnonymous,
      postId: post.id,
      commentId: null,
      bookId: null,
      key: `POST:${post.id}:${pair(post.authorId)}`,
    };
  } else if ("commentId" in to) {
    const comment = await prisma.comment.findFirst({
      where: {
        id: to.commentId,
        ...LIVE,
        post: { schoolId: viewer.schoolId, ...LIVE, ...OPEN_BOARD },
      },
      select: { id: true, authorId: true, isAnonymous: true, postId: true },
    });
    if (!comment) throw notFound("댓글");
    origin = {
      kind: "COMMENT",
      recipientId: comment.authorId,
      isAnonymous: comment.isAnonymous,
      postId: comment.postId,
      commentId: comment.id,
      bookId: null,
      key: `COMMENT:${comment.id}:${pair(comment.authorId)}`,
    };
  } else if ("bookId" in to) {
    const book = await prisma.book.findFirst({
      where: { id: to.bookId, schoolId: viewer.schoolId, deletedAt: null, hiddenAt: null },
      select: { id: true, sellerId: true },
    });
    if (!book) throw notFound("책");
    origin = {
      kind: "BOOK",
      recipientId: book.sellerId,
      isAnonymous: true,
      postId: null,
      commentId: null,
      bookId: book.id,
      key: `BOOK:${book.id}:${pair(book.sellerId)}`,
    };
  } else {
    const user = await prisma.user.findFirst({
      where: { id: to.userId, schoolId: viewer.schoolId, isActive: true },
      select: { id: true },
    });
    if (!user) throw notFound("사용자");
    if (user.id !== viewer.id && !(await areFriends(viewer.id, user.id)))
      throw forbidden("친구에게만 쪽지를 보낼 수 있습니다.");
    origin = {
      kind: "FRIEND",
      recipientId: user.id,
      isAnonymous: false,
      postId: null,
      commentId: null,
      bookId: null,
      key: `FRIEND:${pair(user.id)}`,
    };
  }
  if (origin.recipientId === viewer.id) {
    throw validationFailed(
      { to: ["자기 자신에게는 쪽지를 보낼 수 없습니다."] },
      "자기 자신에게는 쪽지를 보낼 수 없습니다.",
    );
  }
  return origin;
}

/** The thread of this pair and origin, created if it is the first message (race-safe by originKey). */
async function findOrCreateThread(viewer: Viewer, origin: Origin): Promise<ThreadRow> {
  const existing = await prisma.messageThread.findUnique({
    where: { originKey: origin.key },
    select: threadSelect,
  });
  if (existing) return existing;
  const [a, b] = [Math.min(viewer.id, origin.recipientId), Math.max(viewer.id, origin.recipientId)];
  try {
    return await prisma.messageThread.create({
      data: {
        schoolId: viewer.schoolId,
        userAId: a,
        userBId: b,
        originKind: origin.kind,
        originPostId: origin.postId,
        originCommentId: origin.commentId,
        originBookId: origin.bookId,
        originKey: origin.key,
        isAnonymous: origin.isAnonymous,
      },
      select: threadSelect,
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return prisma.messageThread.findUniqueOrThrow({
      where: { originKey: origin.key },
      select: threadSelect,
    });
  }
}

const blockedError = () => new AppError("BLOCKED", "차단된 쪽지방이라 쪽지를 보낼 수 없습니다.");

/** Whether `blockerId` has blocked `blockedId` (from any thread). */
async function hasBlocked(
  db: Pick<typeof prisma, "userBlock">,
  blockerId: number,
  blockedId: number,
): Promise<boolean> {
  const row = await db.userBlock.findUnique({
    where: { blockerId_blockedId: { blockerId, blockedId } },
    select: { blockerId: true },
  });
  return row !== null;
}

/**
 * One message into a thread the viewer is in: the message, the sides' newest ids, the
 * recipient's unread counter and their MESSAGE notification in one transaction. The thread's
 * block check is the conditional UPDATE, so a thread block that lands first always wins. When the
 * recipient has blocked the sender, the message is withheld: the sender's side moves on, nothing
 * reaches the recipient, and the sender's answer is the same.
 */
async function deliver(viewer: Viewer, thread: ThreadRow, content: string): Promise<MessageDto> {
  const recipientId = otherIdOf(thread, viewer);
  const side = sideOf(thread, viewer);
  if (thread.originKind === "FRIEND" && !(await areFriends(viewer.id, recipientId)))
    throw forbidden("친구가 아니어서 이 쪽지방에는 더 보낼 수 없습니다.");
  const notified: number[] = [];
  const message = await prisma.$transaction(async (tx) => {
    const withheld = await hasBlocked(tx, recipientId, viewer.id);
    const message = await tx.message.create({
      data: { threadId: thread.id, senderId: viewer.id, content, withheld },
      select: { id: true, content: true, createdAt: true },
    });
    const mine = side === "A" ? "userALastId" : "userBLastId";
    const theirs = side === "A" ? "userBLastId" : "userALastId";
    const theirUnread = side === "A" ? "userBUnread" : "userAUnread";
    const { count } = await tx.messageThread.updateMany({
      where: { id: thread.id, userABlockedAt: null, userBBlockedAt: null },
      data: withheld
        ? { lastMessageId: message.id, [mine]: message.id }
        : {
            lastMessageId: message.id,
            [mine]: message.id,
            [theirs]: message.id,
            [theirUnread]: { increment: 1 },
          },
    });
    if (count === 0) throw blockedError();
    if (!withheld)
      await createNotification(
        tx,
        {
          userId: recipientId,
          actorId: viewer.id,
          kind: "MESSAGE",
          text: `새 쪽지가 도착했습니다: ${quote(content)}`,
          link: `/messages/${thread.id}`,
        },
        notified,
      );
    return message;
  });
  announce(notified);
  return {
    id: message.id,
    content: message.content,
    isMine: true,
    createdAt: message.createdAt.toISOString(),
  };
}

/** POST /api/v1/messages: a message to the author of a post or comment, or to a friend. */
export async function sendMessage(
  viewer: Viewer,
  input: SendMessageInput,
): Promise<{ threadId: number; message: MessageDto }> {
  const origin = await resolveOrigin(viewer, input.to);
  await claimRateLimit("messages", viewer.id);
  const thread = await findOrCreateThread(viewer, origin);
  const message = await deliver(viewer, thread, input.content);
  return { threadId: thread.id, message };
}

/** A thread the viewer is in and has a message of (one of only withheld messages is not theirs). */
async function getThreadRowOrThrow(viewer: Viewer, threadId: number): Promise<ThreadRow> {
  const thread = await prisma.messageThread.findFirst({
    where: {
      id: threadId,
      OR: [
        { userAId: viewer.id, userALastId: { gt: 0 } },
        { userBId: viewer.id, userBLastId: { gt: 0 } },
      ],
    },
    select: threadSelect,
  });
  if (!thread) throw notFound("쪽지");
  return thread;
}

/** The viewer is a participant of the thread (NOT_FOUND otherwise); for reports. */
export async function assertThreadParticipant(
  viewer: Viewer,
  threadId: number,
): Promise<{ counterpartId: number; schoolId: number }> {
  const t = await getThreadRowOrThrow(viewer, threadId);
  return { counterpartId: otherIdOf(t, viewer), schoolId: t.schoolId };
}

/** POST /api/v1/messages/threads/:id: a reply in a thread the viewer is in. */
export async function replyInThread(
  viewer: Viewer,
  threadId: number,
  content: string,
): Promise<MessageDto> {
  const thread = await getThreadRowOrThrow(viewer, threadId);
  if (thread.userABlockedAt || thread.userBBlockedAt) throw blockedError();
  await claimRateLimit("messages", viewer.id);
  return deliver(viewer, thread, content);
}

/**
 * POST /api/v1/messages/threads/:id/block: closes the thread and blocks the person (UserBlock),
 * whatever origin they write from next. Idempotent.
 */
export async function blockThread(viewer: Viewer, threadId: number): Promise<void> {
  const thread = await getThreadRowOrThrow(viewer, threadId);
  const field = sideOf(thread, viewer) === "A" ? "userABlockedAt" : "userBBlockedAt";
  const blockedId = otherIdOf(thread, viewer);
  await againIfRaced(() =>
    prisma.$transaction([
      prisma.messageThread.updateMany({
        where: { id: thread.id, [field]: null },
        data: { [field]: new Date() },
      }),
      prisma.userBlock.upsert({
        where: { blockerId_blockedId: { blockerId: viewer.id, blockedId } },
        create: { blockerId: viewer.id, blockedId },
        update: {},
        select: { blockerId: true },
      }),
    ]),
  );
}

/** Names and origins of threads: nicknames only of non-anonymous counterparts, board names of origins. */
async function describe(viewer: Viewer, threads: ThreadRow[]) {
  const named = [
    ...new Set(threads.filter((t) => !t.isAnonymous).map((t) => otherIdOf(t, viewer))),
  ];
  const postIds = [
    ...new Set(threads.map((t) => t.originPostId).filter((id): id is number => id !== null)),
  ];
  const bookIds = [
    ...new Set(threads.map((t) => t.originBookId).filter((id): id is number => id !== null)),
  ];
  const [users, posts, books] = await Promise.all([
    named.length
      ? prisma.user.findMany({ where: { id: { in: named } }, select: { id: true, nickname: true } })
      : [],
    postIds.length
      ? prisma.post.findMany({
          where: { id: { in: postIds } },
          select: { id: true, board: { select: { name: true } } },
        })
      : [],
    bookIds.length
      ? prisma.book.findMany({ where: { id: { in: bookIds } }, select: { id: true, title: true } })
      : [],
  ]);
  const nick = new Map(users.map((u) => [u.id, shownNickname(u.nickname)]));
  const board = new Map(posts.map((p) => [p.id, p.board.name]));
  const bookTitle = new Map(books.map((b) => [b.id, b.title]));
  const counterpart = (t: ThreadRow): Counterpart => {
    if (t.isAnonymous) return { name: ANONYMOUS_NAME };
    const id = otherIdOf(t, viewer);
    return { id, name: nick.get(id) ?? "(알 수 없음)" };
  };
  const origin = (t: ThreadRow): ThreadOrigin =>
    t.originKind === "BOOK" && t.originBookId !== null
      ? {
          kind: "BOOK",
          bookId: t.originBookId,
          bookTitle: bookTitle.get(t.originBookId) ?? "책",
        }
      : t.originKind === "FRIEND" || t.originPostId === null
        ? { kind: "FRIEND" }
        : {
            kind: t.originKind as OriginKind,
            boardName: board.get(t.originPostId) ?? "게시판",
            postId: t.originPostId,
          };
  return { counterpart, origin };
}

/** GET /api/v1/messages/threads: the viewer's newest message first, with their unread counts. */
export async function listThreads(
  viewer: Viewer,
  query: { limit: number; cursor?: string },
): Promise<Page<ThreadListItem>> {
  const before = decodeCursor(query.cursor, idCursor);
  const bound = before ? { lt: before.id, gt: 0 } : { gt: 0 };
  // One indexed read per side ((userAId, userALastId) and (userBId, userBLastId)), merged.
  const [asA, asB] = await Promise.all([
    prisma.messageThread.findMany({
      where: { userAId: viewer.id, userALastId: bound },
      select: threadSelect,
      orderBy: { userALastId: "desc" },
      take: query.limit + 1,
    }),
    prisma.messageThread.findMany({
      where: { userBId: viewer.id, userBLastId: bound },
      select: threadSelect,
      orderBy: { userBLastId: "desc" },
      take: query.limit + 1,
    }),
  ]);
  const rows = [...asA, ...asB]
    .sort((x, y) => myLastIdOf(y, viewer) - myLastIdOf(x, viewer))
    .slice(0, query.limit + 1);
  const shown = rows.slice(0, query.limit);
  const [names, last] = await Promise.all([
    describe(viewer, shown),
    shown.length
      ? prisma.message.findMany({
          where: { id: { in: shown.map((t) => myLastIdOf(t, viewer)) } },
          select: { id: true, content: true, senderId: true, createdAt: true },
        })
      : [],
  ]);
  const lastById = new Map(last.map((m) => [m.id, m]));
  return toPage(
    rows,
    query.limit,
    (t) => ({ id: myLastIdOf(t, viewer) }),
    (t): ThreadListItem => {
      const m = lastById.get(myLastIdOf(t, viewer));
      return {
        id: t.id,
        counterpart: names.counterpart(t),
        origin: names.origin(t),
        lastMessage: m
          ? {
              content: m.content,
              isMine: m.senderId === viewer.id,
              createdAt: m.createdAt.toISOString(),
            }
          : null,
        unreadCount: sideOf(t, viewer) === "A" ? t.userAUnread : t.userBUnread,
      };
    },
  );
}

/** The viewer's unread 쪽지 across threads (the 쪽지함 badge). */
export async function countUnreadMessages(viewer: Viewer): Promise<number> {
  const [a, b] = await Promise.all([
    prisma.messageThread.aggregate({
      where: { userAId: viewer.id, userAUnread: { gt: 0 } },
      _sum: { userAUnread: true },
    }),
    prisma.messageThread.aggregate({
      where: { userBId: viewer.id, userBUnread: { gt: 0 } },
      _sum: { userBUnread: true },
    }),
  ]);
  return (a._sum.userAUnread ?? 0) + (b._sum.userBUnread ?? 0);
}

/** GET /api/v1/messages/threads/:id: messages oldest first; reading marks the thread read. */
export async function getThread(
  viewer: Viewer,
  threadId: number,
  query: { limit: number; cursor?: string },
): Promise<ThreadDto> {
  const thread = await getThreadRowOrThrow(viewer, threadId);
  const after = decodeCursor(query.cursor, idCursor);
  const side = sideOf(thread, viewer);
  const [rows, names] = await Promise.all([
    prisma.message.findMany({
      where: {
        threadId: thread.id,
        // Withheld messages (the viewer blocked their sender) are their sender's only.
        OR: [{ withheld: false }, { senderId: viewer.id }],
        ...(after ? { id: { gt: after.id } } : {}),
      },
      select: { id: true, content: true, senderId: true, createdAt: true },
      orderBy: { id: "asc" },
      take: query.limit + 1,
    }),
    describe(viewer, [thread]),
  ]);
  if ((side === "A" ? thread.userAUnread : thread.userBUnread) > 0) {
    await prisma.$transaction([
      prisma.messageThread.update({
        where: { id: thread.id },
        data: side === "A" ? { userAUnread: 0 } : { userBUnread: 0 },
        select: { id: true },
      }),
      prisma.notification.updateMany({
        where: {
          userId: viewer.id,
          kind: "MESSAGE",
          link: `/messages/${thread.id}`,
          isRead: false,
        },
        data: { isRead: true },
      }),
    ]);
  }
  const page = toPage(
    rows,
    query.limit,
    (m) => ({ id: m.id }),
    (m): MessageDto => ({
      id: m.id,
      content: m.content,
      isMine: m.senderId === viewer.id,
      createdAt: m.createdAt.toISOString(),
    }),
  );
  const blockedByMe = (side === "A" ? thread.userABlockedAt : thread.userBBlockedAt) !== null;
  return {
    id: thread.id,
    counterpart: names.counterpart(thread),
    origin: names.origin(thread),
    items: page.items,
    nextCursor: page.nextCursor,
    blockedByMe,
    canSend: !thread.userABlockedAt && !thread.userBBlockedAt,
  };
}
