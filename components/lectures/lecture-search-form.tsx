"use client";

import { useState, type Ref } from "react";

// The lecture search box of the timetable's 수업 목록 and of 시간표 마법사's 과목 담기: name,
// professor or code, at least 2 characters (SPEC's minimum for a search term). An empty search is
// a request for everything where the caller allows it (the 수업 목록), refused where it does not.

export const SEARCH_TOO_SHORT = "검색어는 2자 이상 입력해 주세요.";

export function LectureSearchForm({
  id,
  label,
  onSearch,
  allowEmpty = false,
  busy = false,
  message = null,
  defaultValue,
  inputRef,
}: {
  id: string;
  /** The search box's accessible name ("수업 검색"). */
  label: string;
  onSearch: (term: string) => void;
  allowEmpty?: boolean;
  busy?: boolean;
  /** The caller's own message under the box (a refusal of the search or of what follows). */
  message?: string | null;
  defaultValue?: string;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const [tooShort, setTooShort] = useState(false);
  const error = tooShort ? SEARCH_TOO_SHORT : message;
  const submit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const term = String(new FormData(e.currentTarget).get("q") ?? "").trim();
    const short = term.length === 1 || (term.length === 0 && !allowEmpty);
    setTooShort(short);
    if (!short) onSearch(term);
  };
  return (
    <form role="search" onSubmit={submit} className="space-y-1">
      <div className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          ref={inputRef}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder="과목명, 교수명, 과목코드"
          maxLength={50}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-1.5 text-sm"
        />
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          검색
        </button>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-xs text-red-600 empty:hidden">
        {error}
      </p>
    </form>
  );
}
