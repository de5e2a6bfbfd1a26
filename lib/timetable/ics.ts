import { WEEKDAYS, type Day } from "@/lib/lectures/format";
import { addDays, weekdayOf } from "./semester-dates";

// Pure RFC 5545 writer for a timetable: one weekly event (RRULE FREQ=WEEKLY with UNTIL) per
// lecture meeting and per 직접 추가 meeting, from its first day on or after the semester's first
// class day to the last class day, in Asia/Seoul (a VTIMEZONE is included: KST is +09:00 all
// year). UIDs are derived from the timetable, the lecture or event and the meeting, so every
// export of the same timetable has the same UIDs and calendars update events in place.
// Lines end with CRLF, text is escaped and long lines are folded at 75 octets (never inside a
// UTF-8 character).

export type IcsMeeting = { day: Day; startMinute: number; endMinute: number; room?: string | null };
export type IcsInput = {
  calendarName: string;
  timetableId: number;
  /** DTSTAMP: when the timetable last changed. */
  stamp: Date;
  startDate: string;
  endDate: string;
  lectures: { id: number; name: string; professor: string; code: string; times: IcsMeeting[] }[];
  events: { id: number; title: string; place: string | null; times: IcsMeeting[] }[];
};

export const ICS_TZID = "Asia/Seoul";

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${ICS_TZID}`,
  `X-LIC-LOCATION:${ICS_TZID}`,
  "BEGIN:STANDARD",
  "DTSTART:19700101T000000",
  "TZOFFSETFROM:+0900",
  "TZOFFSETTO:+0900",
  "TZNAME:KST",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** TEXT value escaping (RFC 5545 3.3.11). */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r?\n/g, "\\n");
}

/** Folds a content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const max = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (bytes + size > max) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

const compactDate = (date: string) => date.replaceAll("-", "");
const two = (n: number) => String(n).padStart(2, "0");

/** A local date-time on `date` at `minute` (1440 = midnight of the next day). */
function localDateTime(date: string, minute: number): string {
  const day = minute >= 1440 ? addDays(date, 1) : date;
  const m = minute % 1440;
  return `${compactDate(day)}T${two(Math.floor(m / 60))}${two(m % 60)}00`;
}

function utcStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** Day of the week index as Date.getUTCDay() counts (SUN = 0). */
const JS_DAY: Record<Day, number> = { SUN: 0, MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6 };

/** The first date on or after `start` that falls on `day`. */
export function firstOnOrAfter(start: string, day: Day): string {
  return addDays(start, (JS_DAY[day] - weekdayOf(start) + 7) % 7);
}

export function buildTimetableIcs(input: IcsInput): string {
  // The last class day ends at 23:59:59 KST = 14:59:59 UTC; UNTIL must be UTC with a TZID'd DTSTART.
  const until = `${compactDate(input.endDate)}T145959Z`;
  const stamp = utcStamp(input.stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Campustime//Timetable//KO",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.calendarName)}`,
    `X-WR-TIMEZONE:${ICS_TZID}`,
    ...VTIMEZONE,
  ];
  const vevent = (
    uid: string,
    t: IcsMeeting,
    summary: string,
    location: string | null | undefined,
    description?: string,
  ) => {
    const first = firstOnOrAfter(input.startDate, t.day);
    if (first > input.endDate) return;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${ICS_TZID}:${localDateTime(first, t.startMinute)}`,
      `DTEND;TZID=${ICS_TZID}:${localDateTime(first, t.endMinute)}`,
      `RRULE:FREQ=WEEKLY;UNTIL=${until}`,
      `SUMMARY:${escapeText(summary)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      "END:VEVENT",
    );
  };
  const order = (a: IcsMeeting, b: IcsMeeting) =>
    WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || a.startMinute - b.startMinute;
  for (const l of input.lectures) {
    for (const t of [...l.times].sort(order)) {
      vevent(
        `t${input.timetableId}-lecture${l.id}-${t.day}-${t.startMinute}@campustime`,
        t,
        l.name,
        t.room,
        `${l.professor} · ${l.code}`,
      );
    }
  }
  for (const e of input.events) {
    for (const t of [...e.times].sort(order)) {
      vevent(
        `t${input.timetableId}-event${e.id}-${t.day}-${t.startMinute}@campustime`,
        t,
        e.title,
        e.place,
      );
    }
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
