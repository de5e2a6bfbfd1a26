"use client";

import { useTransition } from "react";
import { removeLectureAction } from "@/lib/timetable/actions";
import { useActionToast } from "@/components/ui/toast";

/** 삭제 of a lecture from the timetable: a text button in lists, or the big one in a block's sheet. */
export function RemoveLectureButton({
  timetableId,
  lectureId,
  lectureName,
  variant = "text",
  onDone,
}: {
  timetableId: number;
  lectureId: number;
  lectureName: string;
  variant?: "text" | "sheet";
  /** Called once 삭제 is answered (a block's sheet closes, so the page's message is seen). */
  onDone?: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const announce = useActionToast();
  const onClick = () =>
    startTransition(async () => {
      announce(
        await removeLectureAction({
          timetableId,
          lectureId,
          lectureName: lectureName.slice(0, 100),
        }),
      );
      onDone?.();
    });
  if (variant === "sheet") {
    return (
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        aria-label={`${lectureName} 삭제`}
        className="flex-1 rounded-lg bg-red-600 py-2.5 text-sm font-semibold text-white hover:bg-red-700 disabled:opacity-50"
      >
        {pending ? "삭제 중…" : "시간표에서 삭제"}
      </button>
    );
  }
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={pending}
      aria-label={`${lectureName} 삭제`}
      className="rounded-md border border-gray-300 px-2 py-1 text-xs text-gray-700 hover:bg-gray-100 disabled:opacity-50"
    >
      {pending ? "삭제 중…" : "삭제"}
    </button>
  );
}
