"use client";

import { useTransition } from "react";
import { removeLectureAction } from "@/lib/timetable/actions";
import { useActionToast } from "@/components/ui/toast";

/** 삭제 of a lecture from the timetable: a small × on a grid block, or a text button in lists. */
export function RemoveLectureButton({
  timetableId,
  lectureId,
  lectureName,
  variant = "text",
}: {
  timetableId: number;
  lectureId: number;
  lectureName: string;
  variant?: "icon" | "text";
}) {
  const [pending, startTransition] = useTransition();
  const announce = useActionToast();
  const onClick = () =>
    startTransition(async () => {
      announce(await removeLectureAction({ timetableId, lectureId, lectureName: lectureName.slice(0, 100) }));
    });
  if (variant === "icon") {
    return (
      <button
        type="button"
        onClick={onClick}
        disabled={pending}
        aria-label={`${lectureName} 삭제`}
        title="삭제"
        className="absolute top-0 right-0 hidden h-5 w-5 sm:flex items-center justify-center rounded-bl-md text-xs leading-none opacity-60 hover:bg-black/10 hover:opacity-100 focus-visible:opacity-100 disabled:opacity-30"
      >
        ×
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
