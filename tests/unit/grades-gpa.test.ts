import { describe, expect, it } from "vitest";
import { gradePoints, normalizeGrade, summarizeGrades, type GradeItem } from "@/lib/grades/gpa";
import { putGradesSchema } from "@/lib/grades/schemas";

const item = (grade: GradeItem["grade"], credits = 3, isMajor = false): GradeItem => ({
  name: "과목",
  credits,
  grade,
  isMajor,
});

describe("학점 계산기 arithmetic", () => {
  it("uses the 4.5 scale", () => {
    expect(
      ["A+", "A0", "B+", "B0", "C+", "C0", "D+", "D0", "F"].map((g) =>
        gradePoints(g as GradeItem["grade"]),
      ),
    ).toEqual([4.5, 4, 3.5, 3, 2.5, 2, 1.5, 1, 0]);
    expect(gradePoints("P")).toBeNull();
    expect(gradePoints("NP")).toBeNull();
  });

  it("weights by credits; P/NP count toward credits but not the GPA; F counts as 0", () => {
    const s = summarizeGrades([
      item("A+", 3, true),
      item("B0", 2),
      item("P", 1),
      item("F", 1, true),
      item("NP", 2),
    ]);
    // (4.5·3 + 3·2 + 0·1) / 6 = 19.5 / 6 = 3.25
    expect(s).toEqual({ gpa: 3.25, majorGpa: 3.38, credits: 9, gradedCredits: 6 });
  });

  it("rounds half up at two decimals without floating-point drift", () => {
    // (4.5·1 + 4.0·3) / 4... = 16.5 / 4 = 4.125 → 4.13
    expect(summarizeGrades([item("A+", 1), item("A0", 3)]).gpa).toBe(4.13);
    // (4.5 + 4 + 4) / 3 = 4.1666… → 4.17
    expect(summarizeGrades([item("A+"), item("A0"), item("A0")]).gpa).toBe(4.17);
    // 0.5-credit courses: (4.5·0.5 + 3.5·3) / 3.5 = 12.75 / 3.5 = 3.642857… → 3.64
    expect(summarizeGrades([item("A+", 0.5), item("B+", 3)])).toEqual({
      gpa: 3.64,
      majorGpa: null,
      credits: 3.5,
      gradedCredits: 3.5,
    });
  });

  it("has no GPA without letter grades", () => {
    expect(summarizeGrades([])).toEqual({
      gpa: null,
      majorGpa: null,
      credits: 0,
      gradedCredits: 0,
    });
    expect(summarizeGrades([item("P", 2)])).toEqual({
      gpa: null,
      majorGpa: null,
      credits: 2,
      gradedCredits: 0,
    });
  });

  it("accepts A and A0 alike, in any case, and nothing else", () => {
    expect(normalizeGrade("A")).toBe("A0");
    expect(normalizeGrade(" b+ ")).toBe("B+");
    expect(normalizeGrade("np")).toBe("NP");
    for (const bad of ["A-", "E", "A++", "", "PASS", "4.5"])
      expect(normalizeGrade(bad), bad).toBeNull();
  });

  it("validates subjects: names, half credits, grades, list size", () => {
    expect(
      putGradesSchema.parse({ items: [{ name: " 자료구조 ", credits: 3, grade: "a" }] }).items,
    ).toEqual([{ name: "자료구조", credits: 3, grade: "A0", isMajor: false }]);
    for (const bad of [
      { name: "", credits: 3, grade: "A+" },
      { name: "a\u0000b", credits: 3, grade: "A+" },
      { name: "x".repeat(51), credits: 3, grade: "A+" },
      { name: "x", credits: 1.3, grade: "A+" },
      { name: "x", credits: -1, grade: "A+" },
      { name: "x", credits: 11, grade: "A+" },
      { name: "x", credits: "3", grade: "A+" },
      { name: "x", credits: 3, grade: "A-" },
    ]) {
      expect(putGradesSchema.safeParse({ items: [bad] }).success, JSON.stringify(bad)).toBe(false);
    }
    expect(
      putGradesSchema.safeParse({
        items: Array.from({ length: 31 }, () => ({ name: "x", credits: 1, grade: "P" })),
      }).success,
    ).toBe(false);
  });
});
