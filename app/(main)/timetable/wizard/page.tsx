import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { chooseSemester } from "@/lib/lectures/lectures";
import { semesterLabel } from "@/lib/lectures/semesters";
import { listOrCreateSemesterTimetables } from "@/lib/timetable/service";
import { TimetableSubpageHeader } from "@/components/timetable/timetable-subpage-header";
import { ToastProvider } from "@/components/ui/toast";
import { WizardPlanner } from "@/components/timetable/wizard-planner";

export const metadata: Metadata = { title: "시간표 마법사" };

type SearchParams = Promise<{ semester?: string | string[] }>;

export default async function WizardPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer("freshman");
  const sp = await searchParams;
  const { semester, semesters } = await chooseSemester(viewer, sp.semester);
  const timetables = await listOrCreateSemesterTimetables(viewer, semester);
  return (
    <div className="space-y-3">
      <TimetableSubpageHeader
        title="시간표 마법사"
        path="/timetable/wizard"
        selectId="wizard-semester"
        semester={semester}
        semesters={semesters}
      />
      <p className="text-sm text-gray-600">
        {semesterLabel(semester)}에 듣고 싶은 과목을 담고 조건을 고르면, 시간이 겹치지 않는 모든
        조합을 공강이 많은 순서로 보여 줍니다.
      </p>
      <ToastProvider>
        <WizardPlanner
          semester={semester}
          timetables={timetables.map((t) => ({
            id: t.id,
            name: t.name,
            isPrimary: t.isPrimary,
            lectures: t.lectures,
          }))}
        />
      </ToastProvider>
    </div>
  );
}
