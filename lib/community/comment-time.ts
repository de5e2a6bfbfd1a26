// Everytime-style relative times for comments, in Korean time whatever the server's zone:
// 방금 (< 1 min), N분 전 (< 1 h), N시간 전 (earlier today), 어제 HH:mm, MM/DD HH:mm (this year),
// YY/MM/DD HH:mm (older). Pure: the caller passes "now".

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad = (n: number) => String(n).padStart(2, "0");

/** Calendar fields of an instant in Asia/Seoul (no daylight saving, so a fixed offset). */
function kst(ms: number) {
  const d = new Date(ms + KST_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), dayNumber: Math.floor((ms + KST_OFFSET_MS) / DAY) };
}

export function formatCommentTime(at: Date | string, now: Date | number): string {
  const t = typeof at === "string" ? Date.parse(at) : at.getTime();
  const n = typeof now === "number" ? now : now.getTime();
  const diff = n - t;
  const then = kst(t);
  const today = kst(n);
  const clock = `${pad(then.hour)}:${pad(then.minute)}`;
  if (diff < MINUTE) return "방금";
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)}분 전`;
  if (then.dayNumber === today.dayNumber) return `${Math.floor(diff / HOUR)}시간 전`;
  if (then.dayNumber === today.dayNumber - 1) return `어제 ${clock}`;
  if (then.year === today.year) return `${pad(then.month)}/${pad(then.day)} ${clock}`;
  return `${String(then.year % 100).padStart(2, "0")}/${pad(then.month)}/${pad(then.day)} ${clock}`;
}

/** The full timestamp for a tooltip: 2026.09.03 14:05. */
export function formatCommentTimestamp(at: Date | string): string {
  const t = kst(typeof at === "string" ? Date.parse(at) : at.getTime());
  return `${t.year}.${pad(t.month)}.${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}
