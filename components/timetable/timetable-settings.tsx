"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/lectures/action-state";
import { createTimetableAction, deleteTimetableAction, updateTimetableAction } from "@/lib/timetable/actions";
import type { VISIBILITIES } from "@/lib/timetable/schemas";

// 시간표 설정: 이름 변경, 기본 시간표 지정, 삭제, and 새 시간표 만들기 (공개 범위 is on the page: visibility-form.tsx).

type Timetable = { id: number; name: string; semester: string; isPrimary: boolean; visibility: (typeof VISIBILITIES)[number] };

const inputClass = "min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-1.5 text-sm";
const buttonClass = "shrink-0 rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-100 disabled:opacity-50";

function FormMessage({ state, id }: { state: ActionState; id: string }) {
  return (
    <p id={id} aria-live="polite" className={`min-h-4 text-xs ${state.status === "error" ? "text-red-600" : "text-green-700"}`}>
      {state.status === "error" ? (state.fields ? Object.values(state.fields)[0]?.[0] : state.message) : state.message}
    </p>
  );
}

export function TimetableSettings({ timetable }: { timetable: Timetable }) {
  const [renameState, rename, renaming] = useActionState(updateTimetableAction, IDLE);
  const [primaryState, makePrimary, promoting] = useActionState(updateTimetableAction, IDLE);
  const [deleteState, remove, deleting] = useActionState(deleteTimetableAction, IDLE);
  return (
    <div className="space-y-3 text-sm">
      <form action={rename} className="space-y-1">
        <input type="hidden" name="intent" value="rename" />
        <input type="hidden" name="id" value={timetable.id} />
        <div className="flex items-center gap-2">
          <label htmlFor={`name-${timetable.id}`} className="w-16 shrink-0 text-gray-600">
            이름
          </label>
          <input
            id={`name-${timetable.id}`}
            name="name"
            defaultValue={timetable.name}
            key={timetable.name}
            maxLength={30}
            required
            aria-describedby={`name-msg-${timetable.id}`}
            className={inputClass}
          />
          <button type="submit" disabled={renaming} className={buttonClass}>
            변경
          </button>
        </div>
        <FormMessage state={renameState} id={`name-msg-${timetable.id}`} />
      </form>
      <div className="flex flex-wrap gap-2">
        {!timetable.isPrimary && (
          <form action={makePrimary}>
            <input type="hidden" name="intent" value="primary" />
            <input type="hidden" name="id" value={timetable.id} />
            <button type="submit" disabled={promoting} className={buttonClass}>
              기본 시간표로 지정
            </button>
          </form>
        )}
        <form
          action={remove}
          onSubmit={(e) => {
            if (!window.confirm(`'${timetable.name}' 시간표를 삭제할까요?`)) e.preventDefault();
          }}
        >
          <input type="hidden" name="id" value={timetable.id} />
          <input type="hidden" name="semester" value={timetable.semester} />
          <button type="submit" disabled={deleting} className={`${buttonClass} text-red-600`}>
            시간표 삭제
          </button>
        </form>
      </div>
      <FormMessage state={primaryState.status !== "idle" ? primaryState : deleteState} id={`misc-msg-${timetable.id}`} />
    </div>
  );
}

export function NewTimetableForm({ semester, suggestedName }: { semester: string; suggestedName: string }) {
  const [state, create, creating] = useActionState(createTimetableAction, IDLE);
  return (
    <form action={create} className="space-y-1 text-sm">
      <input type="hidden" name="semester" value={semester} />
      <div className="flex items-center gap-2">
        <label htmlFor="new-timetable-name" className="w-16 shrink-0 text-gray-600">
          새 시간표
        </label>
        <input id="new-timetable-name" name="name" defaultValue={suggestedName} maxLength={30} required aria-describedby="new-timetable-msg" className={inputClass} />
        <button type="submit" disabled={creating} className={buttonClass}>
          만들기
        </button>
      </div>
      <FormMessage state={state} id="new-timetable-msg" />
    </form>
  );
}
