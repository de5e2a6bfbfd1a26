"use client";

import { startTransition, useActionState, useState } from "react";
import { IDLE } from "@/lib/lectures/action-state";
import { createReviewAction } from "@/lib/lectures/actions";
import {
  AMOUNT_LABEL,
  AMOUNT_OPTIONS,
  ATTENDANCE_LABEL,
  ATTENDANCE_OPTIONS,
  GRADING_LABEL,
  GRADING_OPTIONS,
} from "@/lib/lectures/labels";
import { REVIEW_MAX_LENGTH, REVIEW_MIN_LENGTH } from "@/lib/lectures/schemas";
import { semesterLabel } from "@/lib/lectures/semesters";

// 강의평 쓰기, as on Everytime: 총점 1–5 stars, 과제 / 조모임 / 학점 비율 / 출결 / 시험 횟수, and a
// text of at least 20 characters. A second review of the same lecture is refused (shown here).

const selectClass = "w-full rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm";

export function ReviewForm({
  lectureId,
  semesters,
  defaultSemester,
  alreadyReviewed,
}: {
  lectureId: number;
  semesters: string[];
  defaultSemester: string;
  alreadyReviewed: boolean;
}) {
  const [state, action, pending] = useActionState(createReviewAction.bind(null, lectureId), IDLE);
  const [rating, setRating] = useState(0);
  const [length, setLength] = useState(0);
  const fieldError = (name: string) => (state.status === "error" ? state.fields?.[name]?.[0] : undefined);

  return (
    <section aria-labelledby="review-form-heading" className="rounded-xl border border-gray-200 bg-white p-4">
      <h2 id="review-form-heading" className="font-bold">
        강의평 쓰기
      </h2>
      <div aria-live="polite" className="mt-2 text-sm empty:hidden">
        {state.status === "success" && <p className="rounded-md bg-green-50 px-3 py-2 text-green-800">{state.message}</p>}
        {state.status === "error" && !state.fields && <p className="rounded-md bg-red-50 px-3 py-2 text-red-700">{state.message}</p>}
      </div>
      {alreadyReviewed ? (
        <p className="mt-2 text-sm text-gray-600">이 수업의 강의평을 이미 작성했습니다. 강의평은 수업마다 한 번만 쓸 수 있습니다.</p>
      ) : (
        <form
          // Dispatched by hand, not through `action`: React resets a form after its action runs,
          // and a refused review must keep what the student wrote.
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            startTransition(() => action(data));
          }}
          className="mt-3 space-y-4"
        >
          <fieldset aria-describedby="rating-error">
            <legend className="text-sm font-medium">총점</legend>
            <div className="mt-1 flex gap-1">
              {[1, 2, 3, 4, 5].map((n) => (
                <span key={n}>
                  <input
                    id={`rating-${n}`}
                    type="radio"
                    name="rating"
                    value={n}
                    checked={rating === n}
                    onChange={() => setRating(n)}
                    className="peer sr-only"
                  />
                  <label
                    htmlFor={`rating-${n}`}
                    className={`block cursor-pointer rounded px-0.5 text-3xl leading-none peer-focus-visible:outline-2 peer-focus-visible:outline-brand-500 ${
                      n <= rating ? "text-brand-500" : "text-gray-300 hover:text-brand-100"
                    }`}
                  >
                    <span aria-hidden="true">★</span>
                    <span className="sr-only">{n}점</span>
                  </label>
                </span>
              ))}
            </div>
            <p id="rating-error" className="mt-1 text-xs text-red-600 empty:hidden">
              {fieldError("rating")}
            </p>
          </fieldset>

          <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
            <Select name="assignment" label="과제" options={AMOUNT_OPTIONS.map((v) => [v, AMOUNT_LABEL[v]])} error={fieldError("assignment")} />
            <Select name="teamProject" label="조모임" options={AMOUNT_OPTIONS.map((v) => [v, AMOUNT_LABEL[v]])} error={fieldError("teamProject")} />
            <Select name="grading" label="학점 비율" options={GRADING_OPTIONS.map((v) => [v, GRADING_LABEL[v]])} error={fieldError("grading")} />
            <Select name="attendance" label="출결" options={ATTENDANCE_OPTIONS.map((v) => [v, ATTENDANCE_LABEL[v]])} error={fieldError("attendance")} />
            <Select
              name="examCount"
              label="시험 횟수"
              options={[
                ["0", "없음"],
                ["1", "한 번"],
                ["2", "두 번"],
                ["3", "세 번"],
                ["4", "네 번 이상"],
              ]}
              error={fieldError("examCount")}
            />
            <div>
              <label htmlFor="review-semester" className="text-sm font-medium">
                수강 학기
              </label>
              <select id="review-semester" name="semester" defaultValue={defaultSemester} className={`mt-1 ${selectClass}`}>
                {semesters.map((s) => (
                  <option key={s} value={s}>
                    {semesterLabel(s)}
                  </option>
                ))}
              </select>
              <p className="mt-1 text-xs text-red-600 empty:hidden">{fieldError("semester")}</p>
            </div>
          </div>

          <div>
            <label htmlFor="review-content" className="text-sm font-medium">
              강의평
            </label>
            <textarea
              id="review-content"
              name="content"
              rows={5}
              maxLength={REVIEW_MAX_LENGTH}
              onChange={(e) => setLength(e.target.value.trim().length)}
              aria-describedby="review-content-help review-content-error"
              aria-invalid={fieldError("content") ? true : undefined}
              placeholder="수업 방식, 과제, 시험 등 후배들에게 도움이 될 이야기를 20자 이상 적어 주세요."
              className="mt-1 w-full rounded-md border border-gray-300 px-3 py-2 text-sm"
            />
            <p id="review-content-help" className="text-xs text-gray-500">
              {length}/{REVIEW_MAX_LENGTH}자 · {REVIEW_MIN_LENGTH}자 이상
            </p>
            <p id="review-content-error" aria-live="polite" className="text-xs text-red-600 empty:hidden">
              {fieldError("content")}
            </p>
          </div>

          <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
            {pending ? "등록 중…" : "강의평 등록"}
          </button>
        </form>
      )}
    </section>
  );
}

function Select({ name, label, options, error }: { name: string; label: string; options: [string, string][]; error?: string }) {
  return (
    <div>
      <label htmlFor={`review-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select id={`review-${name}`} name={name} defaultValue="" className={`mt-1 ${selectClass}`}>
        <option value="">선택 안 함</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <p className="mt-1 text-xs text-red-600 empty:hidden">{error}</p>
    </div>
  );
}
