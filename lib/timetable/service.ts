import "server-only";
import { prisma } from "@/lib/db";
import {
  AppError,
  forbidden,
  isUniqueViolation,
  notFound,
  prismaErrorCode,
  validationFailed,
} from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import type { Prisma } from "@/generated/prisma/client";
import { lectureSelect, ratingsFor, toLectureDto, type LectureDto } from "@/lib/lectures/lectures";
import { meetingTimes, type Day } from "@/lib/lectures/format";
import {
  conflictMessage,
  findScheduleConflicts,
  type ScheduledEvent,
  type ScheduledLecture,
} from "./conflicts";
import { lockUserTimetables } from "./lock";
import { claimRateLimit } from "@/lib/rate-limit";
import {
  DEFAULT_VISIBILITY,
  type CreateTimetableInput,
  type UpdateTimetableInput,
  type VISIBILITIES,
} from "./schemas";

// 시간표: several per semester, exactly one primary (the first one made; deleting it promotes the
// oldest remaining), names unique per owner and semester, lectures without overlapping times.

export type TimetableDto = {
  id: number;
  name: string;
  semester: string;
  isPrimary: boolean;
  visibility: (typeof VISIBILITIES)[number];
  totalCredits: number;
  lectures: LectureDto[];
  events: TimetableEventDto[];
};

/** 직접 추가: `{ id, title, place, times: [{ day, start, end }] }`, times in week order. */
export type TimetableEventDto = {
  id: number;
  title: string;
  place: string | null;
  times: { day: Day; start: string; end: string }[];
};

const meetingSelect = { day: true, startMinute: true, endMinute: true } as const;

export const eventSelect = {
  id: true,
  title: true,
  place: true,
  times: { select: meetingSelect },
} as const satisfies Prisma.TimetableEventSelect;

export function toEventDto(
  row: Prisma.TimetableEventGetPayload<{ select: typeof eventSelect }>,
): TimetableEventDto {
  return { id: row.id, title: row.title, place: row.place, times: meetingTimes(row.times) };
}

export const timetableSelect = {
  id: true,
  name: true,
  semester: true,
  isPrimary: true,
  visibility: true,
  lectures: { select: { lecture: { select: lectureSelect } }, orderBy: { id: "asc" } },
  events: { select: eventSelect, orderBy: { id: "asc" } },
} as const satisfies Prisma.TimetableSelect;

type TimetableRow = Prisma.TimetableGetPayload<{ select: typeof timetableSelect }>;

/** Rows → DTOs; the ratings of every lecture in all of them come from one grouped query. */
export async function toTimetableDtos(rows: TimetableRow[]): Promise<TimetableDto[]> {
  const ratings = await ratingsFor(rows.flatMap((r) => r.lectures.map((l) => l.lecture.id)));
  return rows.map((row) => {
    const lectures = row.lectures.map(({ lecture }) =>
      toLectureDto(lecture, ratings.get(lecture.id)),
    );
    return {
      id: row.id,
      name: row.name,
      semester: row.semester,
      isPrimary: row.isPrimary,
      visibility: row.visibility,
      totalCredits: lectures.reduce((sum, l) => sum + l.credits, 0),
      lectures,
      events: row.events.map(toEventDto),
    };
  });
}

export async function loadTimetableDto(id: number): Promise<TimetableDto> {
  const row = await prisma.timetable.findUniqueOrThrow({ where: { id }, select: timetableSelect });
  const [dto] = await toTimetableDtos([row]);
  return dto;
}

const timetableNotFound = () => notFound("시간표");
const duplicateName = () =>
  new AppError("ALREADY_EXISTS", "같은 학기에 같은 이름의 시간표가 이미 있습니다.");

/**
 * The timetable if the viewer owns it. Another school's (or a missing) timetable is NOT_FOUND;
 * a schoolmate's is FORBIDDEN (friends read it through /friends/:userId/timetable).
 */
export async function getOwnedTimetableOrThrow(viewer: Viewer, id: number) {
  const row = await prisma.timetable.findUnique({
    where: { id },
    select: {
      id: true,
      ownerId: true,
      semester: true,
      isPrimary: true,
      name: true,
      owner: { select: { schoolId: true } },
    },
  });
  if (!row || row.owner.schoolId !== viewer.schoolId) throw timetableNotFound();
  if (row.ownerId !== viewer.id) throw forbidden("다른 사람의 시간표입니다.");
  return row;
}

/** The viewer's timetables (optionally of one semester), oldest first. */
export async function listMyTimetables(viewer: Viewer, semester?: string): Promise<TimetableDto[]> {
  const rows = await prisma.timetable.findMany({
    where: { ownerId: viewer.id, ...(semester ? { semester } : {}) },
    select: timetableSelect,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return toTimetableDtos(rows);
}

export async function getMyTimetable(viewer: Viewer, id: number): Promise<TimetableDto> {
  await getOwnedTimetableOrThrow(viewer, id);
  return loadTimetableDto(id);
}

/** A new timetable; the first of its semester becomes the primary one. */
export async function createTimetable(
  viewer: Viewer,
  input: CreateTimetableInput,
): Promise<TimetableDto> {
  await claimRateLimit("timetables", viewer.id);
  return insertTimetable(viewer, input);
}

/** createTimetable without the rate limit: the page's own "시간표 1" is not the student's doing. */
async function insertTimetable(viewer: Viewer, input: CreateTimetableInput): Promise<TimetableDto> {
  try {
    const id = await prisma.$transaction(async (tx) => {
      await lockUserTimetables(tx, viewer.id);
      const siblings = await tx.timetable.findMany({
        where: { ownerId: viewer.id, semester: input.semester },
        select: { name: true },
      });
      if (siblings.some((s) => s.name === input.name)) throw duplicateName();
      const created = await tx.timetable.create({
        data: {
          ownerId: viewer.id,
          name: input.name,
          semester: input.semester,
          isPrimary: siblings.length === 0,
          visibility: DEFAULT_VISIBILITY,
        },
        select: { id: true },
      });
      return created.id;
    });
    return loadTimetableDto(id);
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName();
    throw e;
  }
}

/**
 * The name a new timetable of the semester is offered: "시간표 N", N one more than the semester's
 * timetables, skipping names already taken ("시간표 1" for the first).
 */
export function nextTimetableName(timetables: readonly { name: string }[]): string {
  const names = new Set(timetables.map((t) => t.name));
  let n = timetables.length + 1;
  while (names.has(`시간표 ${n}`)) n += 1;
  return `시간표 ${n}`;
}

/** The timetables of a semester for the timetable page; makes "시간표 1" when there is none yet. */
export async function listOrCreateSemesterTimetables(
  viewer: Viewer,
  semester: string,
): Promise<TimetableDto[]> {
  const existing = await listMyTimetables(viewer, semester);
  if (existing.length > 0) return existing;
  try {
    await insertTimetable(viewer, { name: nextTimetableName([]), semester });
  } catch (e) {
    // A concurrent request made it first.
    if (!(e instanceof AppError && e.code === "ALREADY_EXISTS")) throw e;
  }
  return listMyTimetables(viewer, semester);
}

/** Rename, make primary (unsets the others of the semester), change visibility. */
export async function updateTimetable(
  viewer: Viewer,
  id: number,
  input: UpdateTimetableInput,
): Promise<TimetableDto> {
  const current = await getOwnedTimetableOrThrow(viewer, id);
  if (input.isPrimary === false && current.isPrimary) {
    throw validationFailed(
      { isPrimary: ["기본 시간표는 해제할 수 없습니다. 다른 시간표를 기본으로 지정해 주세요."] },
      "기본 시간표는 해제할 수 없습니다. 다른 시간표를 기본으로 지정해 주세요.",
    );
  }
  try {
    await prisma.$transaction(async (tx) => {
      await lockUserTimetables(tx, viewer.id);
      if (input.name !== undefined && input.name !== current.name) {
        const clash = await tx.timetable.findFirst({
          where: {
            ownerId: viewer.id,
            semester: current.semester,
            name: input.name,
            id: { not: id },
          },
          select: { id: true },
        });
        if (clash) throw duplicateName();
      }
      if (input.isPrimary === true && !current.isPrimary) {
        await tx.timetable.updateMany({
          where: {
            ownerId: viewer.id,
            semester: current.semester,
            isPrimary: true,
            id: { not: id },
          },
          data: { isPrimary: false },
        });
      }
      await tx.timetable.update({
        where: { id },
        data: {
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.isPrimary === true ? { isPrimary: true } : {}),
          ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
        },
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName();
    throw e;
  }
  return loadTimetableDto(id);
}

/** Deletes a timetable; when it was the primary one, the oldest remaining one takes over. */
export async function deleteTimetable(viewer: Viewer, id: number): Promise<void> {
  const current = await getOwnedTimetableOrThrow(viewer, id);
  await prisma.$transaction(async (tx) => {
    await lockUserTimetables(tx, viewer.id);
    await tx.timetable.delete({ where: { id } });
    if (!current.isPrimary) return;
    const next = await tx.timetable.findFirst({
      where: { ownerId: viewer.id, semester: current.semester },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (next) await tx.timetable.update({ where: { id: next.id }, data: { isPrimary: true } });
  });
}

export const ALREADY_ADDED_MESSAGE = "이미 추가한 수업입니다";

/**
 * Adds a lecture of the viewer's school and the timetable's semester. Refused with 409
 * ALREADY_EXISTS when it is there already and 409 TIME_CONFLICT (naming the lectures) when a
 * meeting overlaps; the check and the insert run in one transaction under the owner's lock.
 */
export async function addLectureToTimetable(
  viewer: Viewer,
  id: number,
  lectureId: number,
): Promise<TimetableDto> {
  const timetable = await getOwnedTimetableOrThrow(viewer, id);
  await claimRateLimit("timetableLectures", viewer.id);
  const lecture = await prisma.lecture.findFirst({
    where: { id: lectureId, schoolId: viewer.schoolId },
    select: {
      id: true,
      name: true,
      semester: true,
      times: { select: { day: true, startMinute: true, endMinute: true } },
    },
  });
  if (!lecture) throw notFound("수업");
  if (lecture.semester !== timetable.semester) {
    throw validationFailed(
      { lectureId: ["시간표와 다른 학기의 수업입니다."] },
      "시간표와 다른 학기의 수업입니다.",
    );
  }
  try {
    await prisma.$transaction(async (tx) => {
      await lockUserTimetables(tx, viewer.id);
      const existing = await loadSchedule(tx, id);
      if (existing.lectures.some((l) => l.id === lecture.id))
        throw new AppError("ALREADY_EXISTS", ALREADY_ADDED_MESSAGE);
      assertNoConflict(existing, lecture.times);
      await tx.timetableLecture.create({ data: { timetableId: id, lectureId: lecture.id } });
      await tx.timetable.update({ where: { id }, data: { updatedAt: new Date() } });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("ALREADY_EXISTS", ALREADY_ADDED_MESSAGE);
    // The timetable was deleted meanwhile (foreign key).
    if (prismaErrorCode(e) === "P2003") throw timetableNotFound();
    throw e;
  }
  return loadTimetableDto(id);
}

/** Takes a lecture out of the timetable; NOT_FOUND when it is not in it. */
export async function removeLectureFromTimetable(
  viewer: Viewer,
  id: number,
  lectureId: number,
): Promise<void> {
  await getOwnedTimetableOrThrow(viewer, id);
  await claimRateLimit("timetableLectures", viewer.id);
  const { count } = await prisma.timetableLecture.deleteMany({
    where: { timetableId: id, lectureId },
  });
  if (count === 0) throw notFound("시간표의 수업");
  await prisma.timetable.update({ where: { id }, data: { updatedAt: new Date() } });
}

/** What a timetable already holds, for conflict checks inside a write transaction. */
export async function loadSchedule(
  tx: Prisma.TransactionClient,
  timetableId: number,
): Promise<{ lectures: ScheduledLecture[]; events: ScheduledEvent[] }> {
  const [taken, events] = await Promise.all([
    tx.timetableLecture.findMany({
      where: { timetableId },
      orderBy: { id: "asc" },
      select: { lecture: { select: { id: true, name: true, times: { select: meetingSelect } } } },
    }),
    tx.timetableEvent.findMany({
      where: { timetableId },
      orderBy: { id: "asc" },
      select: { id: true, title: true, times: { select: meetingSelect } },
    }),
  ]);
  return { lectures: taken.map((t) => t.lecture), events };
}

/** 409 TIME_CONFLICT naming every lecture and event that overlaps `times`. */
export function assertNoConflict(
  existing: { lectures: ScheduledLecture[]; events: ScheduledEvent[] },
  times: ScheduledLecture["times"],
  except: { lectureId?: number; eventId?: number } = {},
): void {
  const conflicts = findScheduleConflicts(existing, times, except);
  if (conflicts.length > 0)
    throw new AppError("TIME_CONFLICT", conflictMessage(conflicts), { details: { conflicts } });
}

/**
 * 시간표 마법사's "apply": puts several lectures into a timetable at once, all or nothing. Lectures
 * already there are kept; every other one is checked against the timetable (lectures and events)
 * and against the ones added before it, like a single 추가.
 */
export async function addLecturesToTimetable(
  viewer: Viewer,
  id: number,
  lectureIds: number[],
): Promise<TimetableDto> {
  const timetable = await getOwnedTimetableOrThrow(viewer, id);
  const wanted = [...new Set(lectureIds)];
  const lectures = await prisma.lecture.findMany({
    where: { id: { in: wanted }, schoolId: viewer.schoolId },
    select: { id: true, name: true, semester: true, times: { select: meetingSelect } },
  });
  if (lectures.length !== wanted.length) throw notFound("수업");
  if (lectures.some((l) => l.semester !== timetable.semester)) {
    throw validationFailed(
      { lectureIds: ["시간표와 다른 학기의 수업입니다."] },
      "시간표와 다른 학기의 수업입니다.",
    );
  }
  const byId = new Map(lectures.map((l) => [l.id, l]));
  try {
    await prisma.$transaction(async (tx) => {
      await lockUserTimetables(tx, viewer.id);
      const existing = await loadSchedule(tx, id);
      const have = new Set(existing.lectures.map((l) => l.id));
      for (const lectureId of wanted) {
        if (have.has(lectureId)) continue;
        const lecture = byId.get(lectureId)!;
        assertNoConflict(existing, lecture.times);
        existing.lectures.push(lecture);
        have.add(lectureId);
        await tx.timetableLecture.create({ data: { timetableId: id, lectureId } });
      }
      await tx.timetable.update({ where: { id }, data: { updatedAt: new Date() } });
    });
  } catch (e) {
    if (prismaErrorCode(e) === "P2003") throw timetableNotFound();
    throw e;
  }
  return loadTimetableDto(id);
}
