import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { chooseSemester } from "@/lib/lectures/lectures";
import { semesterLabel } from "@/lib/lectures/semesters";
import { getMyGrades, getMyGradeSemester, gradePrefillFromTimetable } from "@/lib/grades/service";
import { TimetableSubpageHeader } from "@/components/timetable/timetable-subpage-header";
import { GradeForm } from "@/components/grades/grade-form";
import { GpaChart } from "@/components/grades/gpa-chart";

export const metadata: Metadata = { title: "학점 계산기" };

type SearchParams = Promise<{ semester?: string | string[] }>;

export default async function GradesPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer("account");
  const sp = await searchParams;
  const overview = await getMyGrades(viewer);
  const { semester, semesters } = await chooseSemester(
    viewer,
    sp.semester,
    overview.semesters.map((s) => s.semester),
  );
  const saved = await getMyGradeSemester(viewer, semester);
  const prefill = saved.items.length === 0 ? await gradePrefillFromTimetable(viewer, semester) : [];
  const t = overview.total;
  return (
    <div className="space-y-3">
      <TimetableSubpageHeader
        title="학점 계산기"
        path="/timetable/grades"
        selectId="grades-semester"
        semester={semester}
        semesters={semesters}
      />
      <section
        aria-label="전체 성적"
        className="grid grid-cols-3 gap-2 rounded-xl border border-gray-200 bg-white p-3 text-center"
      >
        <div>
          <p className="text-xs text-gray-500">전체 평점</p>
          <p className="text-lg font-bold" data-testid="total-gpa">
            {t.gpa?.toFixed(2) ?? "-"}
            <span className="text-xs font-normal text-gray-400"> / 4.5</span>
          </p>
        </div>
        <div>
          <p className="text-xs text-gray-500">전공 평점</p>
          <p className="text-lg font-bold">
            {t.majorGpa?.toFixed(2) ?? "-"}
            <span className="text-xs font-normal text-gray-400"> / 4.5</span>
          </p>
        </div>
        <div>
          <p className="text-xs text-gray-500">취득 학점</p>
          <p className="text-lg font-bold" data-testid="total-credits">
            {t.credits}
          </p>
        </div>
      </section>
      <div className="grid grid-cols-1 gap-3 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <section
          aria-labelledby="semester-grades-heading"
          className="rounded-xl border border-gray-200 bg-white p-3"
        >
          <h2 id="semester-grades-heading" className="mb-2 font-bold">
            {semesterLabel(semester)}
          </h2>
          <GradeForm
            key={semester}
            semester={semester}
            initial={saved.items.length ? saved.items : prefill}
            prefilled={saved.items.length === 0 && prefill.length > 0}
          />
        </section>
        <section
          aria-labelledby="gpa-chart-heading"
          className="rounded-xl border border-gray-200 bg-white p-3"
        >
          <h2 id="gpa-chart-heading" className="mb-2 font-bold">
            학기별 평점
          </h2>
          <GpaChart semesters={overview.semesters} />
          {overview.semesters.length > 0 && (
            <ul className="mt-2 divide-y divide-gray-100 text-sm">
              {overview.semesters.map((s) => (
                <li key={s.semester} className="flex justify-between py-1">
                  <Link
                    href={`/timetable/grades?semester=${encodeURIComponent(s.semester)}`}
                    className="hover:underline"
                  >
                    {semesterLabel(s.semester)}
                  </Link>
                  <span className="text-gray-600">
                    {s.gpa?.toFixed(2) ?? "-"} · {s.credits}학점
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
