"use client";

import { useState } from "react";
import { createReviewAction } from "@/lib/lectures/actions";
import { SubmitButton, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
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
// The lecture page lists the reviews first: the form waits behind its "강의평 쓰기" button, which
// sits in the reviews' heading row (the panel takes a row of its own there, `basis-full`).

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
  const form = useActionForm(createReviewAction);
  const [open, setOpen] = useState(false);
  const [rating, setRating] = useState(0);
  const [length, setLength] = useState(0);
  // After each answer the fields come back with what was submitted (a refusal) or empty (saved).
  const [answered, setAnswered] = useState(form.fieldKey);
  if (answered !== form.fieldKey) {
    setAnswered(form.fieldKey);
    setRating(Number(form.value("rating") ?? 0) || 0);
    setLength((form.value("content") ?? "").trim().length);
  }
  const fieldError = (name: string) => form.errors(name)?.[0];
  const k = form.fieldKey;

  if (alreadyReviewed && !open)
    return (
      <p className="basis-full text-sm text-gray-600">
        이 수업의 강의평을 이미 작성했습니다. 강의평은 수업마다 한 번만 쓸 수 있습니다.
      </p>
    );
  return (
    <>
      {!alreadyReviewed && (
        <button
          type="button"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls="review-form-panel"
          className={buttonClass(open ? "secondary" : "primary", "sm", "font-semibold")}
        >
          {open ? "쓰기 취소" : "강의평 쓰기"}
        </button>
      )}
      <section
        id="review-form-panel"
        aria-labelledby="review-form-heading"
        hidden={!open}
        className="basis-full border-t border-gray-100 pt-3"
      >
        <h3 id="review-form-heading" className="sr-only">
          강의평 쓰기
        </h3>
        <FormMessage state={form.state} shownFields={SHOWN_FIELDS} />
        {alreadyReviewed ? (
          <p className="mt-2 text-sm text-gray-600">
            이 수업의 강의평을 이미 작성했습니다. 강의평은 수업마다 한 번만 쓸 수 있습니다.
          </p>
        ) : (
          <form action={form.formAction} className="mt-1 space-y-4">
            <input type="hidden" name="lectureId" value={lectureId} />
            <fieldset aria-describedby="rating-error">
              <legend className="text-sm font-medium">총점</legend>
              <div className="mt-1 flex gap-1">
                {[1, 2, 3, 4, 5].map((n) => (
                  // Remounted with each answer: React resets the form after its action, and a fresh
                  // radio takes its checked state from what was submitted.
                  <span key={`${n}-${k}`}>
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
              <Select
                key={`assignment-${k}`}
                defaultValue={form.value("assignment", "")}
                name="assignment"
                label="과제"
                options={AMOUNT_OPTIONS.map((v) => [v, AMOUNT_LABEL[v]])}
                error={fieldError("assignment")}
              />
              <Select
                key={`teamProject-${k}`}
                defaultValue={form.value("teamProject", "")}
                name="teamProject"
                label="조모임"
                options={AMOUNT_OPTIONS.map((v) => [v, AMOUNT_LABEL[v]])}
                error={fieldError("teamProject")}
              />
              <Select
                key={`grading-${k}`}
                defaultValue={form.value("grading", "")}
                name="grading"
                label="학점 비율"
                options={GRADING_OPTIONS.map((v) => [v, GRADING_LABEL[v]])}
                error={fieldError("grading")}
              />
              <Select
                key={`attendance-${k}`}
                defaultValue={form.value("attendance", "")}
                name="attendance"
                label="출결"
                options={ATTENDANCE_OPTIONS.map((v) => [v, ATTENDANCE_LABEL[v]])}
                error={fieldError("attendance")}
              />
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
                <select
                  key={`semester-${k}`}
                  id="review-semester"
                  name="semester"
                  defaultValue={form.value("semester", defaultSemester)}
                  className={`mt-1 ${selectClass}`}
                >
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
                key={`content-${k}`}
                defaultValue={form.value("content", "")}
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
              <p
                id="review-content-error"
                aria-live="polite"
                className="text-xs text-red-600 empty:hidden"
              >
                {fieldError("content")}
              </p>
            </div>

            <SubmitButton size="md" pending={form.pending} pendingLabel="등록 중…">
              강의평 등록
            </SubmitButton>
          </form>
        )}
      </section>
    </>
  );
}

const SHOWN_FIELDS = [
  "rating",
  "assignment",
  "teamProject",
  "grading",
  "attendance",
  "examCount",
  "semester",
  "content",
];

function Select({
  name,
  label,
  options,
  error,
  defaultValue,
}: {
  name: string;
  label: string;
  options: [string, string][];
  error?: string;
  defaultValue?: string;
}) {
  return (
    <div>
      <label htmlFor={`review-${name}`} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={`review-${name}`}
        name={name}
        defaultValue={defaultValue}
        className={`mt-1 ${selectClass}`}
      >
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
