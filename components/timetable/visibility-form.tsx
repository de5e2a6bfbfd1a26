"use client";

import { refusalText } from "@/lib/http/action-state";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateTimetableAction } from "@/lib/timetable/actions";
import { VISIBILITIES, VISIBILITY_HINT, VISIBILITY_LABEL } from "@/lib/timetable/schemas";

// 공개 범위, in plain sight on the timetable page (not inside 시간표 설정): who can see this
// timetable, said in words, and changed in one step.

type Visibility = (typeof VISIBILITIES)[number];

export function VisibilityForm({
  timetable,
}: {
  timetable: { id: number; isPrimary: boolean; visibility: Visibility };
}) {
  const {
    state,
    formAction: changeVisibility,
    pending: changing,
  } = useActionForm(updateTimetableAction);
  const id = `visibility-${timetable.id}`;
  return (
    <form
      action={changeVisibility}
      className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-xl border border-gray-200 bg-white px-3 py-2 text-sm"
    >
      <input type="hidden" name="intent" value="visibility" />
      <input type="hidden" name="id" value={timetable.id} />
      <label htmlFor={id} className="shrink-0 font-medium text-gray-700">
        공개 범위
      </label>
      <select
        id={id}
        name="visibility"
        defaultValue={timetable.visibility}
        key={timetable.visibility}
        aria-describedby={`${id}-hint ${id}-msg`}
        className="rounded-md border border-gray-300 bg-white px-2 py-1 text-sm"
      >
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {VISIBILITY_LABEL[v]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={changing}
        className="rounded-md border border-gray-300 bg-white px-3 py-1 text-sm text-gray-800 hover:bg-gray-100 disabled:opacity-50"
      >
        저장
      </button>
      <p id={`${id}-hint`} className="w-full text-xs text-gray-500 sm:w-auto sm:flex-1">
        {timetable.isPrimary
          ? VISIBILITY_HINT[timetable.visibility]
          : "기본 시간표만 친구에게 보입니다. 이 시간표는 나만 봅니다."}
      </p>
      <p
        id={`${id}-msg`}
        aria-live="polite"
        className={`w-full text-xs empty:hidden ${state.ok ? "text-green-700" : "text-red-600"}`}
      >
        {state.ok ? state.message : refusalText(state)}
      </p>
    </form>
  );
}
