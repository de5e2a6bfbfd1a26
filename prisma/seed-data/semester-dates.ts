// Class days per school and semester (첫 수업일 – 마지막 수업일), as Korean universities publish
// them in their 학사일정: 1학기 3월 2일 – 6월 중순, 여름 계절학기 6월 하순 – 7월 중순, 2학기 9월 1일 –
// 12월 중순, 겨울 계절학기 12월 하순 – 1월 하순. 새솔 ends its 2학기 a few days earlier, so the
// per-school setting shows. A school admin changes them with PUT /api/v1/admin/semester-dates/:semester.

export type SeedSemesterDates = { semester: string; startDate: string; endDate: string };

const COMMON: SeedSemesterDates[] = [
  { semester: "2025-2", startDate: "2025-09-01", endDate: "2025-12-19" },
  { semester: "2025-W", startDate: "2025-12-22", endDate: "2026-01-16" },
  { semester: "2026-1", startDate: "2026-03-02", endDate: "2026-06-19" },
  { semester: "2026-S", startDate: "2026-06-22", endDate: "2026-07-17" },
  { semester: "2026-2", startDate: "2026-09-01", endDate: "2026-12-18" },
  { semester: "2026-W", startDate: "2026-12-28", endDate: "2027-01-22" },
  { semester: "2027-1", startDate: "2027-03-02", endDate: "2027-06-18" },
];

export function semesterDatesFor(schoolKey: string): SeedSemesterDates[] {
  if (schoolKey !== "saesol") return COMMON;
  return COMMON.map((d) => (d.semester === "2026-2" ? { ...d, endDate: "2026-12-15" } : d));
}
