import "server-only";
import { prisma } from "@/lib/db";
import { validationFailed, notFound, prismaErrorCode } from "@/lib/http/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { lockUserTimetables } from "./lock";
import { EVENTS_PER_TIMETABLE_MAX, type CreateEventInput, type UpdateEventInput } from "./schemas";
import {
  assertNoConflict,
  getOwnedTimetableOrThrow,
  loadSchedule,
  loadTimetableDto,
  type TimetableDto,
} from "./service";

// 직접 추가: a timetable's own weekly events. Same owner rule as the timetable (another school's
// or a missing timetable is NOT_FOUND, a schoolmate's is FORBIDDEN) and the same conflict rule as
// lectures (409 TIME_CONFLICT naming lectures and events), checked under the owner's lock.

const eventNotFound = () => notFound("일정");

const toRows = (times: CreateEventInput["times"]) =>
  times.map((t) => ({ day: t.day, startMinute: t.start, endMinute: t.end }));

export async function addEventToTimetable(
  viewer: Viewer,
  id: number,
  input: CreateEventInput,
): Promise<TimetableDto> {
  await getOwnedTimetableOrThrow(viewer, id);
  const times = toRows(input.times);
  try {
    await prisma.$transaction(async (tx) => {
      await lockUserTimetables(tx, viewer.id);
      const existing = await loadSchedule(tx, id);
      if (existing.events.length >= EVENTS_PER_TIMETABLE_MAX) {
        throw validationFailed(
          { _: [`일정은 시간표마다 ${EVENTS_PER_TIMETABLE_MAX}개까지 추가할 수 있습니다.`] },
          `일정은 시간표마다 ${EVENTS_PER_TIMETABLE_MAX}개까지 추가할 수 있습니다.`,
        );
      }
      assertNoConflict(existing, times);
      await tx.timetableEvent.create({
        data: {
          timetableId: id,
          title: input.title,
          place: input.place ?? null,
          times: { create: times },
        },
      });
      await tx.timetable.update({ where: { id }, data: { updatedAt: new Date() } });
    });
  } catch (e) {
    if (prismaErrorCode(e) === "P2003") throw notFound("시간표");
    throw e;
  }
  return loadTimetableDto(id);
}

export async function updateTimetableEvent(
  viewer: Viewer,
  id: number,
  eventId: number,
  input: UpdateEventInput,
): Promise<TimetableDto> {
  await getOwnedTimetableOrThrow(viewer, id);
  await prisma.$transaction(async (tx) => {
    await lockUserTimetables(tx, viewer.id);
    const event = await tx.timetableEvent.findFirst({
      where: { id: eventId, timetableId: id },
      select: { id: true },
    });
    if (!event) throw eventNotFound();
    if (input.times) {
      const times = toRows(input.times);
      assertNoConflict(await loadSchedule(tx, id), times, { eventId });
      await tx.timetableEventTime.deleteMany({ where: { eventId } });
      await tx.timetableEventTime.createMany({ data: times.map((t) => ({ ...t, eventId })) });
    }
    await tx.timetableEvent.update({
      where: { id: eventId },
      data: {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.place !== undefined ? { place: input.place } : {}),
      },
    });
    await tx.timetable.update({ where: { id }, data: { updatedAt: new Date() } });
  });
  return loadTimetableDto(id);
}

export async function deleteTimetableEvent(
  viewer: Viewer,
  id: number,
  eventId: number,
): Promise<void> {
  await getOwnedTimetableOrThrow(viewer, id);
  const { count } = await prisma.timetableEvent.deleteMany({
    where: { id: eventId, timetableId: id },
  });
  if (count === 0) throw eventNotFound();
  await prisma.timetable.update({ where: { id }, data: { updatedAt: new Date() } });
}
