"use client";

import { useState, useSyncExternalStore } from "react";
import { Sheet } from "@/components/ui/sheet";
import { semesterLabel } from "@/lib/lectures/semesters";
import { ToastProvider } from "@/components/ui/toast";
import { LecturePanel } from "./lecture-panel";

// Where 수업 목록 lives: beside the grid from 1024 px up; below that, in a bottom sheet opened by a
// button pinned to the bottom of the screen, so the grid stays in view (above the sheet) while
// lectures are added. One LecturePanel at a time, so its search is not run twice.

const WIDE = "(min-width: 1024px)";

function useWide(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mq = window.matchMedia(WIDE);
      mq.addEventListener("change", notify);
      return () => mq.removeEventListener("change", notify);
    },
    () => window.matchMedia(WIDE).matches,
    // The server cannot know: render the side panel (hidden below lg by CSS) and the phone button.
    () => true,
  );
}

export function LecturePanelDock({
  timetableId,
  semester,
  addedIds,
}: {
  timetableId: number;
  semester: string;
  addedIds: number[];
}) {
  const wide = useWide();
  const [open, setOpen] = useState(false);
  const openSheet = () => {
    setOpen(true);
    // Bring the grid to the top of the screen: the sheet covers the lower part.
    document
      .querySelector("[data-timetable-grid]")
      ?.scrollIntoView({ block: "start", behavior: "smooth" });
  };
  return (
    <>
      {wide && (
        <div className="max-lg:hidden">
          <LecturePanel timetableId={timetableId} semester={semester} addedIds={addedIds} />
        </div>
      )}
      <div className="pointer-events-none fixed inset-x-0 bottom-0 z-30 flex justify-center px-4 pb-[max(1rem,env(safe-area-inset-bottom))] lg:hidden">
        <button
          type="button"
          onClick={openSheet}
          aria-haspopup="dialog"
          aria-expanded={open}
          className="pointer-events-auto rounded-full bg-brand-600 px-5 py-3 text-sm font-semibold text-white shadow-lg hover:bg-brand-700"
        >
          + 수업 추가
        </button>
      </div>
      {!wide && (
        <Sheet
          open={open}
          onClose={() => setOpen(false)}
          title="수업 목록"
          description={`${semesterLabel(semester)} · 추가하면 위 시간표에 바로 보입니다`}
        >
          {/* Inside the modal sheet the page's own messages are inert and hidden: announce here. */}
          <ToastProvider>
            <LecturePanel
              timetableId={timetableId}
              semester={semester}
              addedIds={addedIds}
              embedded
            />
          </ToastProvider>
        </Sheet>
      )}
    </>
  );
}
