import type { Metadata } from "next";
import { parseId } from "@/lib/validation/id";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { chooseSemester } from "@/lib/lectures/lectures";
import { SemesterSelect } from "@/components/timetable/semester-select";
import { listOrCreateSemesterTimetables, nextTimetableName } from "@/lib/timetable/service";
import { VISIBILITY_LABEL } from "@/lib/timetable/schemas";
import { ToastProvider } from "@/components/ui/toast";
import {
  AddLectureButton,
  LecturePanelSide,
  LectureSheet,
} from "@/components/timetable/lecture-panel-dock";
import { VisibilityForm } from "@/components/timetable/visibility-form";
import { RemoveLectureButton } from "@/components/timetable/remove-lecture-button";
import { LectureSummary } from "@/components/timetable/lecture-summary";
import { TimetableGrid } from "@/components/timetable/timetable-grid";
import { EventEditor } from "@/components/timetable/event-editor";
import { TimetableTools } from "@/components/timetable/timetable-tools";
import { NewTimetableForm, TimetableSettings } from "@/components/timetable/timetable-settings";

export const metadata: Metadata = { title: "시간표" };

type SearchParams = Promise<{ semester?: string | string[]; id?: string | string[] }>;

export default async function TimetablePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer("freshman");
  const sp = await searchParams;
  const { semester, semesters } = await chooseSemester(viewer, sp.semester);
  // Like Everytime, a semester opens with a first timetable ("시간표 1") ready to fill.
  const timetables = await listOrCreateSemesterTimetables(viewer, semester);
  const chosenId = parseId(sp.id);
  const current =
    timetables.find((t) => t.id === chosenId) ??
    timetables.find((t) => t.isPrimary) ??
    timetables[0];
  const suggestedName = nextTimetableName(timetables);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-bold">시간표</h1>
        <nav aria-label="시간표 도구" className="flex gap-1.5 text-xs">
          <Link
            href={`/timetable/wizard?semester=${encodeURIComponent(semester)}`}
            className="rounded-full border border-brand-500 px-3 py-1 text-brand-700 hover:bg-brand-50"
          >
            시간표 마법사
          </Link>
          <Link
            href={`/timetable/grades?semester=${encodeURIComponent(semester)}`}
            className="rounded-full border border-brand-500 px-3 py-1 text-brand-700 hover:bg-brand-50"
          >
            학점 계산기
          </Link>
        </nav>
        <SemesterSelect
          id="semester-select"
          semester={semester}
          semesters={semesters}
          action="/timetable"
        />
      </div>

      <nav aria-label="이번 학기 시간표 목록" className="-mx-1 overflow-x-auto">
        <ul className="flex gap-1 px-1">
          {timetables.map((t) => (
            <li key={t.id}>
              <Link
                href={`/timetable?semester=${encodeURIComponent(semester)}&id=${t.id}`}
                aria-current={t.id === current.id ? "page" : undefined}
                className={`block rounded-full border px-3 py-1 text-sm whitespace-nowrap ${
                  t.id === current.id
                    ? "border-brand-600 bg-brand-600 text-white"
                    : "border-gray-300 bg-white text-gray-700 hover:bg-gray-100"
                }`}
              >
                {t.name}
                {t.isPrimary && <span className="ml-1 text-xs">(기본)</span>}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <ToastProvider>
        <LectureSheet
          timetableId={current.id}
          semester={semester}
          addedIds={current.lectures.map((l) => l.id)}
        >
          <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
            <div className="min-w-0 space-y-3">
              <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                <h2 className="font-bold">{current.name}</h2>
                {current.isPrimary && (
                  <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-700">
                    기본 시간표
                  </span>
                )}
                <span className="text-xs text-gray-500">
                  {VISIBILITY_LABEL[current.visibility]}
                </span>
                <span className="ml-auto text-sm">
                  총 <strong data-testid="total-credits">{current.totalCredits}</strong>학점
                </span>
                <AddLectureButton />
              </div>
              <TimetableGrid
                lectures={current.lectures}
                events={current.events}
                timetableId={current.id}
                label={`${current.name} 시간표`}
              />
              <VisibilityForm timetable={current} />
              <TimetableTools
                timetableId={current.id}
                name={current.name}
                lectures={current.lectures}
                events={current.events}
              />
              <section
                aria-labelledby="taken-heading"
                className="rounded-xl border border-gray-200 bg-white"
              >
                <h3
                  id="taken-heading"
                  className="border-b border-gray-100 px-4 py-2 text-sm font-semibold"
                >
                  추가한 수업 {current.lectures.length}개 · {current.totalCredits}학점
                </h3>
                {current.lectures.length === 0 ? (
                  <p className="px-4 py-4 text-sm text-gray-500">
                    아직 추가한 수업이 없습니다. 수업 목록에서 추가해 보세요.
                  </p>
                ) : (
                  <ul className="divide-y divide-gray-100">
                    {current.lectures.map((l) => (
                      <li key={l.id} className="flex items-center gap-2 px-4 py-2 text-sm">
                        <div className="min-w-0 flex-1">
                          <LectureSummary lecture={l} />
                        </div>
                        <RemoveLectureButton
                          timetableId={current.id}
                          lectureId={l.id}
                          lectureName={l.name}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <EventEditor timetableId={current.id} events={current.events} />
              <details className="rounded-xl border border-gray-200 bg-white px-4 py-2">
                <summary className="cursor-pointer py-1 text-sm font-semibold">시간표 설정</summary>
                <div className="space-y-4 pt-2 pb-1">
                  <TimetableSettings timetable={current} />
                  <div className="border-t border-gray-100 pt-3">
                    <NewTimetableForm semester={semester} suggestedName={suggestedName} />
                  </div>
                </div>
              </details>
            </div>
            <LecturePanelSide
              timetableId={current.id}
              semester={semester}
              addedIds={current.lectures.map((l) => l.id)}
            />
          </div>
        </LectureSheet>
      </ToastProvider>
    </div>
  );
}
