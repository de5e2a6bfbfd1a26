"use client";

import { refusalText, type ActionState } from "@/lib/http/action-state";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  createTimetableAction,
  deleteTimetableAction,
  updateTimetableAction,
} from "@/lib/timetable/actions";
import type { VISIBILITIES } from "@/lib/timetable/schemas";

// 시간표 설정: 이름 변경, 기본 시간표 지정, 삭제, and 새 시간표 만들기 (공개 범위 is on the page: visibility-form.tsx).

type Timetable = {
  id: number;
  name: string;
  semester: string;
  isPrimary: boolean;
  visibility: (typeof VISIBILITIES)[number];
};

const inputClass = "min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-1.5 text-sm";
const buttonClass =
  "shrink-0 rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-100 disabled:opacity-50";

function FormMessage({ state, id }: { state: ActionState; id: string }) {
  return (
    <p
      id={id}
      aria-live="polite"
      className={`min-h-4 text-xs ${state.ok ? "text-green-700" : "text-red-600"}`}
    >
      {state.ok ? state.message : refusalText(state)}
    </p>
  );
}

export function TimetableSettings({ timetable }: { timetable: Timetable }) {
  const {
    state: renameState,
    formAction: rename,
    pending: renaming,
    value: renameValue,
    fieldKey: renameKey,
  } = useActionForm(updateTimetableAction);
  const {
    state: primaryState,
    formAction: makePrimary,
    pending: promoting,
  } = useActionForm(updateTimetableAction);
  const {
    state: deleteState,
    formAction: remove,
    pending: deleting,
  } = useActionForm(deleteTimetableAction);
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
            defaultValue={renameValue("name", timetable.name)}
            key={`${timetable.name}-${renameKey}`}
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
      <FormMessage
        state={(primaryState.at ?? 0) > (deleteState.at ?? 0) ? primaryState : deleteState}
        id={`misc-msg-${timetable.id}`}
      />
    </div>
  );
}

export function NewTimetableForm({
  semester,
  suggestedName,
}: {
  semester: string;
  suggestedName: string;
}) {
  const {
    state,
    formAction: create,
    pending: creating,
    value,
    fieldKey,
  } = useActionForm(createTimetableAction);
  return (
    <form action={create} className="space-y-1 text-sm">
      <input type="hidden" name="semester" value={semester} />
      <div className="flex items-center gap-2">
        <label htmlFor="new-timetable-name" className="w-16 shrink-0 text-gray-600">
          새 시간표
        </label>
        <input
          key={fieldKey}
          id="new-timetable-name"
          name="name"
          defaultValue={value("name", suggestedName)}
          maxLength={30}
          required
          aria-describedby="new-timetable-msg"
          className={inputClass}
        />
        <button type="submit" disabled={creating} className={buttonClass}>
          만들기
        </button>
      </div>
      <FormMessage state={state} id="new-timetable-msg" />
    </form>
  );
}
