import "server-only";
import { prisma } from "@/lib/db";
import { unauthenticated } from "@/lib/http/errors";
import { viewerLevel } from "@/lib/auth/gate";
import type { Viewer } from "@/lib/auth/viewer";
import { photoUrl } from "@/lib/uploads/photo-url";

// 내 정보 내려받기 (GET /api/v1/me/export), as 개인정보 보호법 expects: everything the account holds,
// as one JSON document — profile, posts (anonymous ones included: they are the student's own),
// comments, 공감, scraps, uploads, timetables with their lectures and events, grades, reviews,
// friends, the student's own side of 쪽지 (the messages they sent; what the other person wrote is
// theirs), notifications, reports filed and 학교 인증 documents' status. Never the password hash,
// code hashes or token hashes.

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function exportAccount(viewer: Viewer, now = new Date()) {
  const userId = viewer.id;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      nickname: true,
      profileImageUrl: true,
      isAdmin: true,
      createdAt: true,
      verification: true,
      verificationMethod: true,
      verifiedAt: true,
      schoolEmail: true,
      deletedAt: true,
      school: { select: { id: true, name: true } },
    },
  });
  if (!user || user.deletedAt) throw unauthenticated();
  const [
    posts,
    comments,
    likes,
    scraps,
    photos,
    timetables,
    grades,
    reviews,
    friendships,
    messages,
    notifications,
    reports,
    documents,
  ] = await Promise.all([
    prisma.post.findMany({
      where: { authorId: userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        board: { select: { id: true, name: true } },
        title: true,
        content: true,
        isAnonymous: true,
        likeCount: true,
        scrapCount: true,
        commentCount: true,
        createdAt: true,
        updatedAt: true,
        deletedAt: true,
      },
    }),
    prisma.comment.findMany({
      where: { authorId: userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        postId: true,
        parentId: true,
        content: true,
        isAnonymous: true,
        createdAt: true,
        deletedAt: true,
      },
    }),
    prisma.postLike.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: { postId: true, createdAt: true },
    }),
    prisma.scrap.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: { postId: true, createdAt: true, post: { select: { title: true } } },
    }),
    prisma.photo.findMany({
      where: { ownerId: userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        postId: true,
        mimeType: true,
        width: true,
        height: true,
        createdAt: true,
      },
    }),
    prisma.timetable.findMany({
      where: { ownerId: userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        name: true,
        semester: true,
        isPrimary: true,
        visibility: true,
        createdAt: true,
        lectures: {
          orderBy: { id: "asc" },
          select: {
            lecture: {
              select: { id: true, code: true, name: true, professor: true, credits: true },
            },
          },
        },
        events: {
          orderBy: { id: "asc" },
          select: {
            id: true,
            title: true,
            place: true,
            times: { select: { day: true, startMinute: true, endMinute: true } },
          },
        },
      },
    }),
    prisma.gradeEntry.findMany({
      where: { userId },
      orderBy: [{ semester: "asc" }, { position: "asc" }],
      select: { semester: true, name: true, credits: true, grade: true, isMajor: true },
    }),
    prisma.lectureReview.findMany({
      where: { authorId: userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        lecture: { select: { id: true, name: true, professor: true } },
        rating: true,
        content: true,
        semester: true,
        assignment: true,
        teamProject: true,
        grading: true,
        attendance: true,
        examCount: true,
        createdAt: true,
      },
    }),
    prisma.friendship.findMany({
      where: { OR: [{ requesterId: userId }, { addresseeId: userId }] },
      orderBy: { id: "asc" },
      select: {
        status: true,
        createdAt: true,
        requesterId: true,
        requester: { select: { nickname: true } },
        addressee: { select: { nickname: true } },
      },
    }),
    prisma.message.findMany({
      where: { senderId: userId },
      orderBy: { id: "asc" },
      select: { id: true, threadId: true, content: true, createdAt: true },
    }),
    prisma.notification.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: { id: true, kind: true, text: true, link: true, isRead: true, createdAt: true },
    }),
    prisma.report.findMany({
      where: { reporterId: userId },
      orderBy: { id: "asc" },
      select: { targetKind: true, targetId: true, reason: true, createdAt: true },
    }),
    prisma.verificationDocument.findMany({
      where: { userId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        kind: true,
        status: true,
        reason: true,
        createdAt: true,
        decidedAt: true,
      },
    }),
  ]);
  return {
    exportedAt: now.toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      nickname: user.nickname,
      profileImageUrl: user.profileImageUrl,
      school: user.school,
      isAdmin: user.isAdmin,
      createdAt: iso(user.createdAt),
      verification: viewerLevel(user.verification),
      verificationMethod: user.verificationMethod,
      verifiedAt: iso(user.verifiedAt),
      schoolEmail: user.schoolEmail,
    },
    posts: posts.map((p) => ({
      ...p,
      createdAt: iso(p.createdAt),
      updatedAt: iso(p.updatedAt),
      deletedAt: iso(p.deletedAt),
    })),
    comments: comments.map((c) => ({
      ...c,
      createdAt: iso(c.createdAt),
      deletedAt: iso(c.deletedAt),
    })),
    likes: likes.map((l) => ({ postId: l.postId, createdAt: iso(l.createdAt) })),
    scraps: scraps.map((s) => ({
      postId: s.postId,
      title: s.post.title,
      createdAt: iso(s.createdAt),
    })),
    uploads: photos.map((p) => ({ ...p, url: photoUrl(p.id), createdAt: iso(p.createdAt) })),
    timetables: timetables.map((t) => ({
      id: t.id,
      name: t.name,
      semester: t.semester,
      isPrimary: t.isPrimary,
      visibility: t.visibility,
      createdAt: iso(t.createdAt),
      lectures: t.lectures.map((l) => l.lecture),
      events: t.events,
    })),
    grades,
    reviews: reviews.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    friends: friendships.map((f) => ({
      nickname: f.requesterId === userId ? f.addressee.nickname : f.requester.nickname,
      status: f.status,
      requestedByMe: f.requesterId === userId,
      createdAt: iso(f.createdAt),
    })),
    messagesSent: messages.map((m) => ({ ...m, createdAt: iso(m.createdAt) })),
    notifications: notifications.map((n) => ({ ...n, createdAt: iso(n.createdAt) })),
    reports: reports.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
    verificationDocuments: documents.map((d) => ({
      ...d,
      createdAt: iso(d.createdAt),
      decidedAt: iso(d.decidedAt),
    })),
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccount>>;
