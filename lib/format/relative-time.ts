// How Campustime shows when something was written: 방금, 3분 전, 2시간 전, 어제, then 11/24
// (another year: 25/12/31). Always in Korea's time zone (UTC+9, no daylight saving), so the
// server's zone never changes what a student sees and server and browser agree.

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const pad = (n: number) => String(n).padStart(2, "0");

/** The wall-clock parts of an instant in Korea. */
function kst(date: Date) {
  const d = new Date(date.getTime() + KST_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** Days since the epoch of an instant's Korean calendar day. */
function kstDayNumber(date: Date) {
  return Math.floor((date.getTime() + KST_OFFSET_MS) / (24 * HOUR));
}

export function formatRelativeTime(value: Date | string, now: Date = new Date()): string {
  const date = typeof value === "string" ? new Date(value) : value;
  const diff = now.getTime() - date.getTime();
  if (diff < MINUTE) return "방금"; // also a timestamp slightly in the future (clock skew)
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)}분 전`;
  if (diff < 24 * HOUR) return `${Math.floor(diff / HOUR)}시간 전`;
  if (kstDayNumber(now) - kstDayNumber(date) === 1) return "어제";
  const d = kst(date);
  if (d.year === kst(now).year) return `${pad(d.month)}/${pad(d.day)}`;
  return `${pad(d.year % 100)}/${pad(d.month)}/${pad(d.day)}`;
}

/** The full time, for a tooltip or the post page: "2026/11/25 21:06". */
export function formatDateTime(value: Date | string): string {
  const d = kst(typeof value === "string" ? new Date(value) : value);
  return `${d.year}/${pad(d.month)}/${pad(d.day)} ${pad(d.hour)}:${pad(d.minute)}`;
}
