import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/http/errors";
import { getFriendTimetable, getSchoolmateOrThrow } from "@/lib/friends/service";
import { chooseSemester } from "@/lib/lectures/lectures";
import { semesterLabel } from "@/lib/lectures/semesters";
import { SemesterSelect } from "@/components/timetable/semester-select";
import type { TimetableDto } from "@/lib/timetable/service";
import { LectureSummary } from "@/components/timetable/lecture-summary";
import { TimetableGrid } from "@/components/timetable/timetable-grid";
import { pageIdParam } from "@/lib/http/page-errors";

export const metadata: Metadata = { title: "친구 시간표" };

type Props = {
  params: Promise<{ userId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function FriendTimetablePage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const { userId: raw } = await params;
  const userId = pageIdParam(raw);
  const sp = await searchParams;
  const { semester, semesters } = await chooseSemester(viewer, sp.semester);

  let friend;
  try {
    friend = await getSchoolmateOrThrow(viewer, userId);
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
  let timetable: TimetableDto | null = null;
  let refusal: string | null = null;
  try {
    timetable = await getFriendTimetable(viewer, userId, semester);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    refusal =
      e.code === "NOT_FOUND"
        ? `${friend.nickname}님의 ${semesterLabel(semester)} 시간표가 없습니다.`
        : e.details?.reason === "NOT_FRIENDS"
          ? `${friend.nickname}님과 친구가 아니어서 시간표를 볼 수 없습니다.`
          : `${friend.nickname}님이 시간표를 공개하지 않았습니다.`;
  }

  return (
    <div className="space-y-3">
      <Link href="/friends" className="text-sm text-gray-500 hover:underline">
        ← 친구
      </Link>
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-lg font-bold">{friend.nickname}님의 시간표</h1>
        <SemesterSelect id="friend-semester" semester={semester} semesters={semesters} />
      </div>
      {timetable ? (
        <>
          <p className="flex items-baseline gap-2 text-sm">
            <span className="font-semibold">{timetable.name}</span>
            <span className="text-gray-500">{semesterLabel(timetable.semester)}</span>
            <span className="ml-auto">
              총 <strong>{timetable.totalCredits}</strong>학점
            </span>
          </p>
          <TimetableGrid
            lectures={timetable.lectures}
            events={timetable.events}
            label={`${friend.nickname}님의 시간표`}
          />
          {timetable.lectures.length > 0 && (
            <ul
              aria-label="수업 목록"
              className="divide-y divide-gray-100 rounded-xl border border-gray-200 bg-white"
            >
              {timetable.lectures.map((l) => (
                <li key={l.id} className="px-4 py-2 text-sm">
                  <LectureSummary lecture={l} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p
          role="status"
          className="rounded-xl border border-gray-200 bg-white px-4 py-10 text-center text-sm text-gray-600"
        >
          {refusal}
        </p>
      )}
    </div>
  );
}
