// Client-safe semester helpers. Semester strings: "2026-1", "2026-S" (여름), "2026-2", "2026-W" (겨울).

const TERM_ORDER: Record<string, number> = { "1": 0, S: 1, "2": 2, W: 3 };
const TERM_LABEL: Record<string, string> = {
  "1": "1학기",
  S: "여름학기",
  "2": "2학기",
  W: "겨울학기",
};

/** "2026-2" → "2026년 2학기". */
export function semesterLabel(semester: string): string {
  const [year, term] = semester.split("-");
  return TERM_LABEL[term] ? `${year}년 ${TERM_LABEL[term]}` : semester;
}

/** Calendar order: 2026-1 < 2026-S < 2026-2 < 2026-W < 2027-1. */
export function compareSemesters(a: string, b: string): number {
  const [ya, ta] = a.split("-");
  const [yb, tb] = b.split("-");
  return Number(ya) - Number(yb) || (TERM_ORDER[ta] ?? 9) - (TERM_ORDER[tb] ?? 9);
}
