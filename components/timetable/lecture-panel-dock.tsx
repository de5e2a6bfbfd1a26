"use client";

import { createContext, useContext, useState, useSyncExternalStore } from "react";
import { Sheet } from "@/components/ui/sheet";
import { semesterLabel } from "@/lib/lectures/semesters";
import { ToastProvider } from "@/components/ui/toast";
import { LecturePanel } from "./lecture-panel";

// Where 수업 목록 lives. From 1024 px up it is a panel beside the grid that stays in view while the
// page scrolls and scrolls its list inside itself (LecturePanelSide). Below that it is a bottom
// sheet (LectureSheet), opened by "+ 수업 추가" docked in the timetable's title row above the grid
// (AddLectureButton): nothing floats over the grid, and the sheet brings the grid to the top of
// the screen so that added lectures show above it. One LecturePanel at a time, so its search is
// not run twice.

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

type Lectures = { timetableId: number; semester: string; addedIds: number[] };

const SheetContext = createContext<{ open: boolean; openSheet: () => void } | null>(null);

/** The phone's sheet of 수업 목록, around the part of the page that holds its button. */
export function LectureSheet({ children, ...lectures }: Lectures & { children: React.ReactNode }) {
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
    <SheetContext.Provider value={{ open, openSheet }}>
      {children}
      {!wide && (
        <Sheet
          open={open}
          onClose={() => setOpen(false)}
          title="수업 목록"
          description={`${semesterLabel(lectures.semester)} · 추가하면 위 시간표에 바로 보입니다`}
        >
          {/* Inside the modal sheet the page's own messages are inert and hidden: announce here. */}
          <ToastProvider>
            <LecturePanel {...lectures} embedded />
          </ToastProvider>
        </Sheet>
      )}
    </SheetContext.Provider>
  );
}

/** "+ 수업 추가" in the title row above the grid, below 1024 px. */
export function AddLectureButton() {
  const sheet = useContext(SheetContext);
  if (!sheet) throw new Error("AddLectureButton belongs inside a LectureSheet");
  return (
    <button
      type="button"
      onClick={sheet.openSheet}
      aria-haspopup="dialog"
      aria-expanded={sheet.open}
      className="rounded-full bg-brand-600 px-3.5 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 lg:hidden"
    >
      + 수업 추가
    </button>
  );
}

/** 수업 목록 beside the grid from 1024 px up: sticky below the header, its list scrolling inside. */
export function LecturePanelSide(lectures: Lectures) {
  const wide = useWide();
  if (!wide) return null;
  return (
    <div className="max-lg:hidden lg:sticky lg:top-28 lg:self-start">
      <LecturePanel {...lectures} />
    </div>
  );
}
