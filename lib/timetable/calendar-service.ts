import "server-only";
import crypto from "node:crypto";
import { prisma } from "@/lib/db";
import { appUrl } from "@/lib/env";
import { passwordVersion } from "@/lib/auth/password";
import { AppError, againIfRaced, forbidden, isUniqueViolation, notFound } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { buildTimetableIcs } from "./ics";
import { defaultSemesterDates, type SemesterDates } from "./semester-dates";
import { getOwnedTimetableOrThrow } from "./service";

// Calendar export (.ics download, owner only) and subscription links (a secret token in the URL,
// for calendar apps that cannot send a header). Only the token's SHA-256 is stored; making a new
// link replaces the old one, which then answers 404. A link is the owner's credential as much as
// their password is: it ends (404) with a new password (change or reset: the link keeps the
// password version it was made under), with deactivation, and with 회원 탈퇴. Its URL is built
// from APP_URL, never from the request.

/** A school's class days for a semester: its SemesterDates row, else the usual Korean calendar. */
export async function getSemesterDates(schoolId: number, semester: string): Promise<SemesterDates> {
  const row = await prisma.semesterDates.findUnique({
    where: { schoolId_semester: { schoolId, semester } },
    select: { semester: true, startDate: true, endDate: true },
  });
  return row ?? defaultSemesterDates(semester);
}

/** The viewer's school's semester dates (stored rows), by semester. */
export async function listSemesterDates(viewer: Viewer): Promise<SemesterDates[]> {
  return prisma.semesterDates.findMany({
    where: { schoolId: viewer.schoolId },
    select: { semester: true, startDate: true, endDate: true },
    orderBy: { semester: "asc" },
  });
}

/** A school admin sets the class days of a semester for their school. */
export async function setSemesterDates(
  viewer: Viewer,
  semester: string,
  input: { startDate: string; endDate: string },
): Promise<SemesterDates> {
  if (!viewer.isAdmin) throw forbidden("학교 관리자만 학기 일정을 바꿀 수 있습니다.");
  return againIfRaced(() =>
    prisma.semesterDates.upsert({
      where: { schoolId_semester: { schoolId: viewer.schoolId, semester } },
      create: { schoolId: viewer.schoolId, semester, ...input },
      update: input,
      select: { semester: true, startDate: true, endDate: true },
    }),
  );
}

async function timetableIcs(timetableId: number): Promise<{ ics: string; name: string }> {
  const row = await prisma.timetable.findUnique({
    where: { id: timetableId },
    select: {
      id: true,
      name: true,
      semester: true,
      updatedAt: true,
      owner: { select: { schoolId: true } },
      lectures: {
        orderBy: { id: "asc" },
        select: {
          lecture: {
            select: {
              id: true,
              name: true,
              professor: true,
              code: true,
              times: { select: { day: true, startMinute: true, endMinute: true, room: true } },
            },
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
  });
  if (!row) throw notFound("시간표");
  const dates = await getSemesterDates(row.owner.schoolId, row.semester);
  const ics = buildTimetableIcs({
    calendarName: `${row.name} (${row.semester})`,
    timetableId: row.id,
    stamp: row.updatedAt,
    startDate: dates.startDate,
    endDate: dates.endDate,
    lectures: row.lectures.map((l) => l.lecture),
    events: row.events,
  });
  return { ics, name: row.name };
}

/** GET /timetables/:id/calendar.ics — the owner's download. */
export async function exportTimetableCalendar(viewer: Viewer, timetableId: number) {
  await getOwnedTimetableOrThrow(viewer, timetableId);
  return timetableIcs(timetableId);
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A new secret subscription URL for the owner's timetable; the previous one stops working. */
export async function createCalendarLink(
  viewer: Viewer,
  timetableId: number,
): Promise<{ url: string }> {
  await getOwnedTimetableOrThrow(viewer, timetableId);
  const owner = await prisma.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { passwordHash: true },
  });
  const token = crypto.randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  const version = passwordVersion(owner.passwordHash);
  try {
    await prisma.calendarLink.upsert({
      where: { timetableId },
      create: { timetableId, tokenHash, passwordVersion: version },
      update: { tokenHash, passwordVersion: version, createdAt: new Date() },
    });
  } catch (e) {
    // Two links made at the same moment: the other one won; ask again.
    if (isUniqueViolation(e))
      throw new AppError(
        "CONFLICT",
        "구독 링크를 만드는 중 충돌이 있었습니다. 다시 시도해 주세요.",
      );
    throw e;
  }
  return { url: `${appUrl()}/api/v1/calendar/${token}.ics` };
}

/**
 * The subscribed calendar by its secret token (no other credential). Unknown, replaced, or ended
 * (the owner's password changed since, or the owner is deactivated) → 404.
 */
export async function calendarByToken(token: string) {
  if (!TOKEN.test(token)) throw notFound("캘린더");
  const link = await prisma.calendarLink.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      timetableId: true,
      passwordVersion: true,
      timetable: { select: { owner: { select: { isActive: true, passwordHash: true } } } },
    },
  });
  const owner = link?.timetable.owner;
  if (!link || !owner?.isActive || passwordVersion(owner.passwordHash) !== link.passwordVersion)
    throw notFound("캘린더");
  return timetableIcs(link.timetableId);
}

/** The .ics answer: text/calendar, as an attachment when downloaded. */
export function icsResponse(ics: string, opts: { download?: string } = {}): Response {
  const headers: Record<string, string> = {
    "Content-Type": "text/calendar; charset=utf-8",
    "Cache-Control": "private, no-store",
  };
  if (opts.download) {
    headers["Content-Disposition"] =
      `attachment; filename="campustime.ics"; filename*=UTF-8''${encodeURIComponent(opts.download)}.ics`;
  }
  return new Response(ics, { headers });
}
