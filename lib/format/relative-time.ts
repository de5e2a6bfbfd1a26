// How Campustime shows when something was written, always in Korea's time zone (UTC+9, no
// daylight saving), so the server's zone never changes what a student sees and server and
// browser agree. Pure: the caller may pass "now".
//
// Posts:    방금, 3분 전, 2시간 전 (within 24 hours), 어제, then 11/24 (another year: 25/12/31).
// Comments (`withClock`): 방금, 3분 전, 2시간 전 (only earlier the same Korean day), 어제 14:05,
//           11/24 14:05 (another year: 25/12/31 14:05) — as Everytime shows comments.

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, "0");

const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

/** The wall-clock parts of an instant in Korea. */
function kst(date: Date) {
  const d = new Date(date.getTime() + KST_OFFSET_MS);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** Days since the epoch of an instant's Korean calendar day. */
function kstDayNumber(date: Date) {
  return Math.floor((date.getTime() + KST_OFFSET_MS) / DAY);
}

export type RelativeTimeOptions = {
  /** Add the time of day (HH:mm) to 어제 and dates, and say "N시간 전" only for the same Korean day. */
  withClock?: boolean;
};

export function formatRelativeTime(
  value: Date | string,
  now: Date | number = new Date(),
  { withClock = false }: RelativeTimeOptions = {},
): string {
  const date = toDate(value);
  const nowDate = toDate(now);
  const diff = nowDate.getTime() - date.getTime();
  if (diff < MINUTE) return "방금"; // also a timestamp slightly in the future (clock skew)
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)}분 전`;
  const daysAgo = kstDayNumber(nowDate) - kstDayNumber(date);
  if (withClock ? daysAgo === 0 : diff < DAY) return `${Math.floor(diff / HOUR)}시간 전`;
  const d = kst(date);
  const clock = withClock ? ` ${pad(d.hour)}:${pad(d.minute)}` : "";
  if (daysAgo === 1) return `어제${clock}`;
  if (d.year === kst(nowDate).year) return `${pad(d.month)}/${pad(d.day)}${clock}`;
  return `${pad(d.year % 100)}/${pad(d.month)}/${pad(d.day)}${clock}`;
}

/** A comment's time (and the 댓글 단 글 list's): the relative time with the clock. */
export function formatCommentTime(value: Date | string, now: Date | number): string {
  return formatRelativeTime(value, now, { withClock: true });
}

function formatFullDateTime(value: Date | string, dateSeparator: string): string {
  const d = kst(toDate(value));
  return (
    [d.year, pad(d.month), pad(d.day)].join(dateSeparator) + ` ${pad(d.hour)}:${pad(d.minute)}`
  );
}

/** The full time, for a tooltip or the post page: "2026/11/25 21:06". */
export function formatDateTime(value: Date | string): string {
  return formatFullDateTime(value, "/");
}

/** A comment's full time, for its tooltip: "2026.09.03 14:05". */
export function formatCommentTimestamp(value: Date | string): string {
  return formatFullDateTime(value, ".");
}
