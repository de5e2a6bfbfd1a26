import { z } from "zod";
import { semesterSchema } from "@/lib/lectures/schemas";

// Client-safe: a semester's class days (first and last class day, Asia/Seoul calendar dates).
// Schools keep their own in SemesterDates (seeded; a school admin edits them through
// PUT /api/v1/admin/semester-dates/:semester); without a row the usual Korean calendar applies:
//   1학기 the first weekday from 3월 2일, 16 weeks (to the Friday of week 16, 6월 중순);
//   여름학기 from the fourth Monday of June (the week after 1학기 ends), 4 weeks;
//   2학기 the first weekday from 9월 1일, 16 weeks (12월 중순);
//   겨울학기 from the last Monday of December, 4 weeks (1월 하순).

export type SemesterDates = { semester: string; startDate: string; endDate: string };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const dateSchema = z
  .string({ error: "날짜는 YYYY-MM-DD 형식입니다." })
  .refine(isValidDate, "날짜는 YYYY-MM-DD 형식의 올바른 날짜여야 합니다.");

export const semesterDatesInputSchema = z
  .object({ startDate: dateSchema, endDate: dateSchema })
  .refine((v) => v.startDate <= v.endDate, {
    message: "종강일은 개강일 이후여야 합니다.",
    path: ["endDate"],
  })
  .refine((v) => daysBetween(v.startDate, v.endDate) <= 366, {
    message: "학기는 1년을 넘을 수 없습니다.",
    path: ["endDate"],
  });

export const semesterParamSchema = semesterSchema;

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

function firstWeekdayFrom(date: string): string {
  let d = date;
  while (weekdayOf(d) === 0 || weekdayOf(d) === 6) d = addDays(d, 1);
  return d;
}

function mondayOnOrAfter(date: string): string {
  let d = date;
  while (weekdayOf(d) !== 1) d = addDays(d, 1);
  return d;
}

/** `weeks` weeks of classes from `start`: to the Friday of the last week. */
function span(semester: string, start: string, weeks: number): SemesterDates {
  const monday = addDays(start, -((weekdayOf(start) + 6) % 7));
  return { semester, startDate: start, endDate: addDays(monday, (weeks - 1) * 7 + 4) };
}

export function defaultSemesterDates(semester: string): SemesterDates {
  const [yearText, term] = semester.split("-");
  const year = Number(yearText);
  switch (term) {
    case "1":
      return span(semester, firstWeekdayFrom(`${year}-03-02`), 16);
    case "S":
      return span(semester, mondayOnOrAfter(`${year}-06-22`), 4);
    case "2":
      return span(semester, firstWeekdayFrom(`${year}-09-01`), 16);
    default:
      return span(semester, mondayOnOrAfter(`${year}-12-25`), 4);
  }
}
