"use client";

import Link from "next/link";
import { useState } from "react";
import { Sheet } from "@/components/ui/sheet";
import { DAY_LABEL } from "@/lib/lectures/format";
import type { LectureDto } from "@/lib/lectures/lectures";
import { RatingSummary } from "@/components/lectures/rating-stars";
import { RemoveLectureButton } from "./remove-lecture-button";

// A lecture's block on the owner's grid: tapping it (or Enter/Space) opens a small sheet with the
// lecture's details, its 강의평 and 삭제 — the way to remove a lecture on a phone, where a corner ×
// would be too small to hit.

export function LectureBlock({
  timetableId,
  lecture,
  className,
  style,
  children,
}: {
  timetableId: number;
  lecture: LectureDto;
  className: string;
  style: React.CSSProperties;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        data-lecture-id={lecture.id}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className={`${className} cursor-pointer text-left hover:brightness-[0.97] focus-visible:z-10`}
        style={style}
      >
        {children}
      </button>
      {open && (
        <Sheet
          open
          onClose={() => setOpen(false)}
          placement="responsive"
          title={lecture.name}
          description={`${lecture.professor} · ${lecture.credits}학점 · ${lecture.code}`}
        >
          <div className="space-y-3 p-4 text-sm">
            <ul aria-label="수업 시간" className="space-y-1">
              {lecture.times.length === 0 ? (
                <li className="text-gray-500">시간 미정</li>
              ) : (
                lecture.times.map((t, i) => (
                  <li key={i} className="flex gap-2">
                    <span className="w-24 shrink-0 tabular-nums">
                      {DAY_LABEL[t.day]} {t.start}–{t.end}
                    </span>
                    <span className="text-gray-600">{t.room ?? "강의실 미정"}</span>
                  </li>
                ))
              )}
            </ul>
            <p className="flex items-center gap-2">
              <RatingSummary rating={lecture.rating} />
              <Link
                href={`/lectures/${lecture.id}`}
                className="text-xs text-brand-700 underline-offset-2 hover:underline"
              >
                강의평 보기
              </Link>
            </p>
            <div className="flex gap-2 pt-1">
              <RemoveLectureButton
                timetableId={timetableId}
                lectureId={lecture.id}
                lectureName={lecture.name}
                variant="sheet"
                onDone={() => setOpen(false)}
              />
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="flex-1 rounded-lg border border-gray-300 py-2.5 text-sm text-gray-700 hover:bg-gray-50"
              >
                닫기
              </button>
            </div>
          </div>
        </Sheet>
      )}
    </>
  );
}
