import Link from "next/link";
import { formatLectureTimes } from "@/lib/lectures/format";
import type { LectureDto } from "@/lib/lectures/lectures";

/** A lecture in a timetable's list: its name (to the 강의평가 page) and professor · credits · times. */
export function LectureSummary({
  lecture,
}: {
  lecture: Pick<LectureDto, "id" | "name" | "professor" | "credits" | "times">;
}) {
  return (
    <>
      <Link href={`/lectures/${lecture.id}`} className="font-medium hover:underline">
        {lecture.name}
      </Link>
      <p className="text-xs text-gray-500">
        {lecture.professor} · {lecture.credits}학점 ·{" "}
        {formatLectureTimes(lecture.times, { withRoom: true })}
      </p>
    </>
  );
}
