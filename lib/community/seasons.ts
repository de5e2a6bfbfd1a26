import { z } from "zod";

// BEST seasons are half years in Korean time: "2026-H1" is January–June, "2026-H2" July–December.
// Client-safe (the BEST page lists seasons to pick from).

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export type Season = { key: string; year: number; half: 1 | 2; start: Date; end: Date };

/** The season of an instant (by its Korean date). */
export function seasonOf(date: Date): string {
  const kst = new Date(date.getTime() + KST_OFFSET_MS);
  return `${kst.getUTCFullYear()}-H${kst.getUTCMonth() < 6 ? 1 : 2}`;
}

/** A season key's [start, end) instants; null when the key is not a season. */
export function parseSeason(key: string): Season | null {
  const m = /^(\d{4})-H([12])$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const half = Number(m[2]) as 1 | 2;
  const startMonth = half === 1 ? 0 : 6;
  const start = new Date(Date.UTC(year, startMonth, 1) - KST_OFFSET_MS);
  const end = new Date(
    Date.UTC(half === 1 ? year : year + 1, half === 1 ? 6 : 0, 1) - KST_OFFSET_MS,
  );
  return { key, year, half, start, end };
}

/** "2026년 하반기" */
export function seasonLabel(key: string): string {
  const s = parseSeason(key);
  return s ? `${s.year}년 ${s.half === 1 ? "상반기" : "하반기"}` : key;
}

/** The current season and the `count - 1` before it, newest first. */
export function recentSeasons(now: Date, count: number): string[] {
  const first = parseSeason(seasonOf(now))!;
  const keys: string[] = [];
  let { year, half } = first;
  for (let i = 0; i < count; i++) {
    keys.push(`${year}-H${half}`);
    if (half === 2) half = 1;
    else {
      half = 2;
      year -= 1;
    }
  }
  return keys;
}

export const seasonKeySchema = z
  .string()
  .refine((v) => parseSeason(v) !== null, "season은 2026-H2 같은 형식이어야 합니다.");
