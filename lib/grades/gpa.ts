// Client-safe and pure: 학점 계산기 arithmetic on the 4.5 scale.
// A+ 4.5, A0 4.0, B+ 3.5, B0 3.0, C+ 2.5, C0 2.0, D+ 1.5, D0 1.0, F 0. P and NP count toward the
// credits but not the GPA. Credits come in halves (0.5학점 courses exist), so the sums run in
// integers (credits × 2, points × 10) and the GPA is rounded half up to two decimals only at the
// end: 4.125 shows as 4.13, never 4.12 from a floating-point remainder.

export const LETTER_GRADES = ["A+", "A0", "B+", "B0", "C+", "C0", "D+", "D0", "F"] as const;
export const GRADES = [...LETTER_GRADES, "P", "NP"] as const;
export type Grade = (typeof GRADES)[number];

const POINTS_X10: Record<(typeof LETTER_GRADES)[number], number> = {
  "A+": 45,
  A0: 40,
  "B+": 35,
  B0: 30,
  "C+": 25,
  C0: 20,
  "D+": 15,
  D0: 10,
  F: 0,
};

export function gradePoints(grade: Grade): number | null {
  return grade in POINTS_X10 ? POINTS_X10[grade as keyof typeof POINTS_X10] / 10 : null;
}

/** "a", "A", "A0" → "A0"; "b+" → "B+"; "pass"-like words are not grades. Unknown → null. */
export function normalizeGrade(raw: string): Grade | null {
  const s = raw.trim().toUpperCase();
  const withZero = /^[ABCD]$/.test(s) ? `${s}0` : s;
  return (GRADES as readonly string[]).includes(withZero) ? (withZero as Grade) : null;
}

export type GradeItem = { name: string; credits: number; grade: Grade; isMajor: boolean };
export type GradeSummary = {
  gpa: number | null;
  majorGpa: number | null;
  credits: number;
  gradedCredits: number;
};

/** n / d rounded half up to 2 decimals, from integers. */
function ratio(pointsX10TimesCreditsX2: number, creditsX2: number): number | null {
  if (creditsX2 === 0) return null;
  const d = creditsX2 * 10;
  return Math.floor((pointsX10TimesCreditsX2 * 200 + d) / (2 * d)) / 100;
}

export function summarizeGrades(items: GradeItem[]): GradeSummary {
  let creditsX2 = 0;
  let gradedX2 = 0;
  let points = 0;
  let majorX2 = 0;
  let majorPoints = 0;
  for (const item of items) {
    const c2 = Math.round(item.credits * 2);
    creditsX2 += c2;
    if (!(item.grade in POINTS_X10)) continue;
    const p = POINTS_X10[item.grade as keyof typeof POINTS_X10] * c2;
    gradedX2 += c2;
    points += p;
    if (item.isMajor) {
      majorX2 += c2;
      majorPoints += p;
    }
  }
  return {
    gpa: ratio(points, gradedX2),
    majorGpa: ratio(majorPoints, majorX2),
    credits: creditsX2 / 2,
    gradedCredits: gradedX2 / 2,
  };
}
