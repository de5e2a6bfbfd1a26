import "server-only";
import { prisma } from "@/lib/db";
import { currentSemester } from "@/lib/env";
import {
  AppError,
  forbidden,
  isUniqueViolation,
  notFound,
  validationFailed,
} from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { claimRateLimit } from "@/lib/rate-limit";
import { timetableSelect, toTimetableDtos, type TimetableDto } from "@/lib/timetable/service";
import { createNotification } from "@/lib/notifications/service";
import { announce } from "@/lib/notifications/live";

// 친구: one Friendship row per unordered pair (pairKey "minId:maxId"), PENDING until the
// addressee accepts. Friends see each other's primary timetable when it is FRIENDS or PUBLIC.

const userBrief = { select: { id: true, nickname: true, profileImageUrl: true } } as const;

export type UserBriefDto = { id: number; nickname: string; profileImageUrl: string | null };
export type FriendRequestDto = {
  id: number;
  status: "PENDING" | "ACCEPTED" | "DECLINED";
  requester: UserBriefDto;
  addressee: UserBriefDto;
  createdAt: string;
};

const requestSelect = {
  id: true,
  status: true,
  createdAt: true,
  requester: userBrief,
  addressee: userBrief,
} as const;

type RequestRow = {
  id: number;
  status: "PENDING" | "ACCEPTED";
  createdAt: Date;
  requester: UserBriefDto;
  addressee: UserBriefDto;
};

function toRequestDto(
  row: RequestRow,
  status: FriendRequestDto["status"] = row.status,
): FriendRequestDto {
  return {
    id: row.id,
    status,
    requester: row.requester,
    addressee: row.addressee,
    createdAt: row.createdAt.toISOString(),
  };
}

export function pairKeyOf(a: number, b: number): string {
  return `${Math.min(a, b)}:${Math.max(a, b)}`;
}

/** Accepted friends, by nickname. */
export async function listFriends(viewer: Viewer): Promise<UserBriefDto[]> {
  const rows = await prisma.friendship.findMany({
    where: { status: "ACCEPTED", OR: [{ requesterId: viewer.id }, { addresseeId: viewer.id }] },
    select: { requesterId: true, requester: userBrief, addressee: userBrief },
  });
  return rows
    .map((r) => (r.requesterId === viewer.id ? r.addressee : r.requester))
    .sort((a, b) => a.nickname.localeCompare(b.nickname, "ko"));
}

/** Pending requests to and from the viewer, newest first. */
export async function listFriendRequests(
  viewer: Viewer,
): Promise<{ incoming: FriendRequestDto[]; outgoing: FriendRequestDto[] }> {
  const rows = await prisma.friendship.findMany({
    where: { status: "PENDING", OR: [{ requesterId: viewer.id }, { addresseeId: viewer.id }] },
    select: requestSelect,
    orderBy: { id: "desc" },
  });
  return {
    incoming: rows.filter((r) => r.addressee.id === viewer.id).map((r) => toRequestDto(r)),
    outgoing: rows.filter((r) => r.requester.id === viewer.id).map((r) => toRequestDto(r)),
  };
}

/**
 * A request to a schoolmate by nickname. Unknown nicknames and other schools' users are
 * NOT_FOUND (nobody learns who exists elsewhere); yourself is a 400; an existing friendship or
 * a pending request in either direction is a 409.
 */
export async function sendFriendRequest(
  viewer: Viewer,
  nickname: string,
): Promise<FriendRequestDto> {
  await claimRateLimit("friendRequests", viewer.id); // before the lookup, so it cannot be used to probe nicknames fast
  const target = await prisma.user.findFirst({
    where: { nickname, schoolId: viewer.schoolId, isActive: true },
    select: { id: true },
  });
  if (!target) throw new AppError("NOT_FOUND", "우리 학교에서 그 닉네임을 찾을 수 없습니다.");
  if (target.id === viewer.id) {
    throw validationFailed(
      { nickname: ["자기 자신에게는 친구 요청을 보낼 수 없습니다."] },
      "자기 자신에게는 친구 요청을 보낼 수 없습니다.",
    );
  }
  const pairKey = pairKeyOf(viewer.id, target.id);
  const existing = await prisma.friendship.findUnique({
    where: { pairKey },
    select: { status: true, requesterId: true },
  });
  if (existing) throw existingPairError(viewer, existing);
  try {
    const notified: number[] = [];
    const row = await prisma.$transaction(async (tx) => {
      const row = await tx.friendship.create({
        data: { requesterId: viewer.id, addresseeId: target.id, pairKey },
        select: requestSelect,
      });
      await createNotification(
        tx,
        {
          userId: target.id,
          actorId: viewer.id,
          kind: "FRIEND_REQUEST",
          text: `${viewer.nickname}님이 친구 요청을 보냈습니다.`,
          link: "/friends",
        },
        notified,
      );
      return row;
    });
    announce(notified);
    return toRequestDto(row);
  } catch (e) {
    if (isUniqueViolation(e))
      throw new AppError("ALREADY_EXISTS", "이미 친구이거나 친구 요청이 진행 중입니다.");
    throw e;
  }
}

function existingPairError(
  viewer: Viewer,
  existing: { status: string; requesterId: number },
): AppError {
  if (existing.status === "ACCEPTED") return new AppError("ALREADY_EXISTS", "이미 친구입니다.");
  if (existing.requesterId === viewer.id)
    return new AppError("ALREADY_EXISTS", "이미 친구 요청을 보냈습니다.");
  return new AppError(
    "ALREADY_EXISTS",
    "상대가 먼저 친구 요청을 보냈습니다. 받은 요청에서 수락해 주세요.",
  );
}

/** The addressee accepts (→ ACCEPTED) or declines (the row is deleted; answered as DECLINED). */
export async function respondToFriendRequest(
  viewer: Viewer,
  requestId: number,
  answer: "accept" | "decline",
): Promise<FriendRequestDto> {
  const row = await prisma.friendship.findUnique({
    where: { id: requestId },
    select: requestSelect,
  });
  if (!row || (row.requester.id !== viewer.id && row.addressee.id !== viewer.id))
    throw notFound("친구 요청");
  if (row.addressee.id !== viewer.id)
    throw forbidden("받은 사람만 친구 요청을 수락하거나 거절할 수 있습니다.");
  if (row.status !== "PENDING") throw new AppError("CONFLICT", "이미 수락한 친구 요청입니다.");
  if (answer === "accept") {
    const notified: number[] = [];
    await prisma.$transaction(async (tx) => {
      const { count } = await tx.friendship.updateMany({
        where: { id: requestId, status: "PENDING" },
        data: { status: "ACCEPTED", respondedAt: new Date() },
      });
      if (count === 0) throw new AppError("CONFLICT", "이미 처리된 친구 요청입니다.");
      await createNotification(
        tx,
        {
          userId: row.requester.id,
          actorId: viewer.id,
          kind: "FRIEND_ACCEPTED",
          text: `${viewer.nickname}님이 친구 요청을 수락했습니다.`,
          link: "/friends",
        },
        notified,
      );
    });
    announce(notified);
    return toRequestDto(row, "ACCEPTED");
  }
  const { count } = await prisma.friendship.deleteMany({
    where: { id: requestId, status: "PENDING" },
  });
  if (count === 0) throw new AppError("CONFLICT", "이미 처리된 친구 요청입니다.");
  return toRequestDto(row, "DECLINED");
}

/** Ends a friendship, or withdraws/clears a pending request between the two; NOT_FOUND when none. */
export async function removeFriend(viewer: Viewer, userId: number): Promise<void> {
  const { count } = await prisma.friendship.deleteMany({
    where: { pairKey: pairKeyOf(viewer.id, userId) },
  });
  if (count === 0) throw notFound("친구");
}

/** A schoolmate's public face, for the friend timetable page; other schools are NOT_FOUND. */
export async function getSchoolmateOrThrow(viewer: Viewer, userId: number): Promise<UserBriefDto> {
  const user = await prisma.user.findFirst({
    where: { id: userId, schoolId: viewer.schoolId },
    select: userBrief.select,
  });
  if (!user) throw notFound("사용자");
  return user;
}

export async function areFriends(a: number, b: number): Promise<boolean> {
  const row = await prisma.friendship.findUnique({
    where: { pairKey: pairKeyOf(a, b) },
    select: { status: true },
  });
  return row?.status === "ACCEPTED";
}

/**
 * A friend's primary timetable of a semester (default: the current one), when its visibility is
 * FRIENDS or PUBLIC. Not friends or PRIVATE → FORBIDDEN; no primary timetable → NOT_FOUND.
 * Your own id answers your own primary timetable.
 */
export async function getFriendTimetable(
  viewer: Viewer,
  userId: number,
  semester = currentSemester(),
): Promise<TimetableDto> {
  await getSchoolmateOrThrow(viewer, userId);
  const self = userId === viewer.id;
  if (!self && !(await areFriends(viewer.id, userId)))
    throw new AppError("FORBIDDEN", "친구만 시간표를 볼 수 있습니다.", {
      details: { reason: "NOT_FRIENDS" },
    });
  const row = await prisma.timetable.findFirst({
    where: { ownerId: userId, semester, isPrimary: true },
    select: timetableSelect,
  });
  if (!row) throw notFound("시간표");
  if (!self && row.visibility === "PRIVATE")
    throw new AppError("FORBIDDEN", "친구가 시간표를 공개하지 않았습니다.", {
      details: { reason: "PRIVATE" },
    });
  const [dto] = await toTimetableDtos([row]);
  return dto;
}
