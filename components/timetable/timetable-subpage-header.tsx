import Link from "next/link";
import { SemesterSelect } from "./semester-select";

/** The header of a page under 시간표 (학점 계산기, 시간표 마법사): a way back, the title, the semester. */
export function TimetableSubpageHeader({
  title,
  path,
  selectId,
  semester,
  semesters,
}: {
  title: string;
  /** The page's own path, where a semester choice goes. */
  path: string;
  selectId: string;
  semester: string;
  semesters: string[];
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link
        href={`/timetable?semester=${encodeURIComponent(semester)}`}
        className="text-sm text-gray-500 hover:underline"
      >
        시간표
      </Link>
      <span aria-hidden="true" className="text-gray-400">
        ›
      </span>
      <h1 className="text-lg font-bold">{title}</h1>
      <SemesterSelect id={selectId} semester={semester} semesters={semesters} action={path} />
    </div>
  );
}
