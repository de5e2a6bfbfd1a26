"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { searchLecturesAction } from "@/lib/lectures/actions";
import type { LectureDto } from "@/lib/lectures/lectures";
import { DAY_LABEL, formatLectureTimes, type Day } from "@/lib/lectures/format";
import {
  applyWizardResultAction,
  listCourseSectionsAction,
  runWizardAction,
} from "@/lib/timetable/actions";
import type { WizardItem } from "@/lib/timetable/wizard";
import type { WizardAnswer } from "@/lib/timetable/wizard-explain";
import { useActionToast } from "@/components/ui/toast";
import { refusalText } from "@/lib/http/action-state";
import { LectureSearchForm } from "@/components/lectures/lecture-search-form";
import { MiniGrid } from "./mini-grid";

// 시간표 마법사: pick courses (one tap adds every section of a course; untick the sections you
// would not take), set constraints, browse the ranked combinations as small grids and apply one
// to a timetable. The search and every rule run on the server (lib/timetable/wizard.ts).

type Course = { key: string; name: string; sections: LectureDto[]; accepted: number[] };
type TimetableOption = { id: number; name: string; isPrimary: boolean; lectures: LectureDto[] };

const SCHOOL_DAYS: Day[] = ["MON", "TUE", "WED", "THU", "FRI"];
const HOURS = Array.from({ length: 15 }, (_, i) => `${String(i + 8).padStart(2, "0")}:00`);
const courseKey = (code: string) =>
  code.lastIndexOf("-") > 0 ? code.slice(0, code.lastIndexOf("-")) : code;

export function WizardPlanner({
  semester,
  timetables,
}: {
  semester: string;
  timetables: TimetableOption[];
}) {
  const [courses, setCourses] = useState<Course[]>([]);
  const [freeDays, setFreeDays] = useState<Day[]>([]);
  const [earliest, setEarliest] = useState("");
  const [latest, setLatest] = useState("");
  const [maxCredits, setMaxCredits] = useState("");
  const [targetId, setTargetId] = useState(
    timetables.find((t) => t.isPrimary)?.id ?? timetables[0]?.id,
  );
  const [keepExisting, setKeepExisting] = useState(true);
  const [result, setResult] = useState<WizardAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, startRun] = useTransition();
  const target = timetables.find((t) => t.id === targetId);

  const addCourse = (c: Course) =>
    setCourses((cs) => (cs.some((x) => x.key === c.key) ? cs : [...cs, c]));

  const run = () => {
    const chosen = courses.filter((c) => c.accepted.length > 0);
    if (chosen.length === 0) {
      setError("과목을 하나 이상 담아 주세요.");
      return;
    }
    setError(null);
    startRun(async () => {
      const r = await runWizardAction({
        input: {
          semester,
          courses: chosen.map((c) => c.accepted),
          keep: keepExisting && target ? target.lectures.map((l) => l.id) : [],
          freeDays,
          ...(earliest ? { earliest } : {}),
          ...(latest ? { latest } : {}),
          ...(maxCredits ? { maxCredits: Number(maxCredits) } : {}),
        },
        limit: 30,
      });
      if (!r.ok || !r.data) {
        setError(refusalText(r) ?? "조합을 찾지 못했습니다.");
        setResult(null);
        return;
      }
      setResult(r.data);
      // On a phone the results are below the form: bring them into view.
      if (window.matchMedia("(max-width: 1023px)").matches) {
        requestAnimationFrame(() =>
          document
            .getElementById("results-heading")
            ?.scrollIntoView({ behavior: "smooth", block: "start" }),
        );
      }
    });
  };

  const lectureById = new Map<number, LectureDto>(
    [...courses.flatMap((c) => c.sections), ...(target?.lectures ?? [])].map((l) => [l.id, l]),
  );

  return (
    // grid-cols-1 (minmax(0, 1fr)) on a phone: an implicit auto column grew to its widest
    // select's text and made the page wider than the screen.
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-[22rem_minmax(0,1fr)] lg:items-start">
      <div className="space-y-3">
        <CourseSearch
          semester={semester}
          onAdd={addCourse}
          chosenKeys={courses.map((c) => c.key)}
        />
        <section
          aria-labelledby="chosen-heading"
          className="rounded-xl border border-gray-200 bg-white p-3"
        >
          <h2 id="chosen-heading" className="font-bold">
            담은 과목 {courses.length}개
          </h2>
          {courses.length === 0 ? (
            <p className="py-2 text-sm text-gray-500">
              검색한 과목의 &lsquo;전 분반 담기&rsquo;를 누르세요.
            </p>
          ) : (
            <ul className="mt-2 space-y-2">
              {courses.map((c) => (
                <li
                  key={c.key}
                  className="rounded-lg border border-gray-100 p-2 text-sm"
                  data-testid="chosen-course"
                >
                  <div className="flex items-center gap-2">
                    <p className="flex-1 font-medium">{c.name}</p>
                    <button
                      type="button"
                      onClick={() => setCourses((cs) => cs.filter((x) => x.key !== c.key))}
                      aria-label={`${c.name} 빼기`}
                      className="rounded px-1.5 text-gray-500 hover:bg-gray-100"
                    >
                      ×
                    </button>
                  </div>
                  <ul className="mt-1 space-y-0.5">
                    {c.sections.map((s) => (
                      <li key={s.id}>
                        <label className="flex items-start gap-1.5 text-xs text-gray-700">
                          <input
                            type="checkbox"
                            checked={c.accepted.includes(s.id)}
                            onChange={(e) =>
                              setCourses((cs) =>
                                cs.map((x) =>
                                  x.key === c.key
                                    ? {
                                        ...x,
                                        accepted: e.target.checked
                                          ? [...x.accepted, s.id]
                                          : x.accepted.filter((id) => id !== s.id),
                                      }
                                    : x,
                                ),
                              )
                            }
                            className="mt-0.5"
                          />
                          <span>
                            {s.code} · {s.professor} · {formatLectureTimes(s.times)}
                          </span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section
          aria-labelledby="constraints-heading"
          className="space-y-2 rounded-xl border border-gray-200 bg-white p-3 text-sm"
        >
          <h2 id="constraints-heading" className="font-bold">
            조건
          </h2>
          <fieldset>
            <legend className="text-xs font-medium text-gray-600">공강 요일</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {SCHOOL_DAYS.map((d) => (
                <label key={d} className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    checked={freeDays.includes(d)}
                    onChange={(e) =>
                      setFreeDays((fs) =>
                        e.target.checked ? [...fs, d] : fs.filter((x) => x !== d),
                      )
                    }
                  />
                  {DAY_LABEL[d]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid grid-cols-3 gap-2">
            <HourSelect label="가장 이른 시작" value={earliest} onChange={setEarliest} />
            <HourSelect label="가장 늦은 끝" value={latest} onChange={setLatest} />
            <label className="block text-xs text-gray-600">
              최대 학점
              <input
                type="number"
                min={1}
                max={40}
                value={maxCredits}
                onChange={(e) => setMaxCredits(e.target.value)}
                className="mt-0.5 w-full rounded-md border border-gray-300 px-1.5 py-1 text-sm"
              />
            </label>
          </div>
          <label className="block text-xs text-gray-600">
            적용할 시간표
            <select
              value={targetId}
              onChange={(e) => setTargetId(Number(e.target.value))}
              className="mt-0.5 w-full rounded-md border border-gray-300 px-1 py-1 text-sm"
            >
              {timetables.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                  {t.isPrimary ? " (기본)" : ""} · 수업 {t.lectures.length}개
                </option>
              ))}
            </select>
          </label>
          {target && target.lectures.length > 0 && (
            <label className="flex items-center gap-1.5 text-xs text-gray-700">
              <input
                type="checkbox"
                checked={keepExisting}
                onChange={(e) => setKeepExisting(e.target.checked)}
              />
              시간표에 이미 있는 수업 {target.lectures.length}개는 꼭 넣기
            </label>
          )}
          <p aria-live="polite" className="text-xs text-red-600">
            {error}
          </p>
          <button
            type="button"
            onClick={run}
            disabled={running}
            className="w-full rounded-md bg-brand-600 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
          >
            {running ? "조합을 찾는 중…" : "시간표 만들기"}
          </button>
        </section>
      </div>
      <section aria-labelledby="results-heading" aria-busy={running} className="space-y-2">
        <h2 id="results-heading" className="font-bold">
          결과{" "}
          {result && (
            <span className="text-sm font-normal text-gray-600" data-testid="wizard-total">
              {result.total}개 조합
              {result.total > result.items.length ? ` 중 상위 ${result.items.length}개` : ""}
            </span>
          )}
        </h2>
        {!result ? (
          <p className="rounded-xl border border-dashed border-gray-300 bg-white p-6 text-center text-sm text-gray-500">
            과목을 담고 &lsquo;시간표 만들기&rsquo;를 누르세요.
          </p>
        ) : result.items.length === 0 ? (
          <div
            className="space-y-1 rounded-xl border border-gray-200 bg-white p-6 text-center text-sm"
            data-testid="wizard-empty"
          >
            <p className="font-semibold text-gray-900">조건에 맞는 조합이 없습니다.</p>
            {result.emptyReason && <p className="text-gray-700">{result.emptyReason}.</p>}
            <p className="text-gray-500">그 조건을 풀거나 분반을 더 골라 보세요.</p>
          </div>
        ) : (
          <ol className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {result.items.map((item, i) => (
              <ResultCard
                key={item.lectureIds.join("-")}
                semester={semester}
                rank={i + 1}
                item={item}
                lectures={item.lectureIds
                  .map((id) => lectureById.get(id))
                  .filter((l): l is LectureDto => !!l)}
                target={target}
              />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** An hour of the day, or 상관없음 (""). */
function HourSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="block text-xs text-gray-600">
      {label}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="mt-0.5 w-full rounded-md border border-gray-300 px-1 py-1 text-sm"
      >
        <option value="">상관없음</option>
        {HOURS.map((h) => (
          <option key={h}>{h}</option>
        ))}
      </select>
    </label>
  );
}

function ResultCard({
  semester,
  rank,
  item,
  lectures,
  target,
}: {
  semester: string;
  rank: number;
  item: WizardItem;
  lectures: LectureDto[];
  target?: TimetableOption;
}) {
  const announce = useActionToast();
  const [pending, startApply] = useTransition();
  const router = useRouter();
  const apply = () =>
    startApply(async () => {
      if (!target) return;
      const r = await applyWizardResultAction({
        timetableId: target.id,
        lectureIds: item.lectureIds,
      });
      announce(r);
      if (r.ok) router.push(`/timetable?semester=${encodeURIComponent(semester)}&id=${target.id}`);
    });
  return (
    <li
      className="space-y-1.5 rounded-xl border border-gray-200 bg-white p-2"
      data-testid="wizard-result"
    >
      <div className="flex items-baseline justify-between text-xs">
        <span className="font-semibold">{rank}순위</span>
        <span className="text-gray-600">
          {item.totalCredits}학점 · 공강{" "}
          {item.freeDays.length ? item.freeDays.map((d) => DAY_LABEL[d]).join("") : "없음"}
        </span>
      </div>
      <MiniGrid
        lectures={lectures}
        label={`${rank}순위 조합: ${lectures.map((l) => l.name).join(", ")}`}
      />
      <p className="text-[11px] text-gray-500">
        {item.firstClass
          ? `첫 수업 ${item.firstClass} · 마지막 ${item.lastClass}`
          : "시간 미정 수업만"}
      </p>
      <button
        type="button"
        onClick={apply}
        disabled={pending || !target}
        className="w-full rounded-md border border-brand-500 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-50"
      >
        {pending ? "적용 중…" : `${target?.name ?? "시간표"}에 적용`}
      </button>
    </li>
  );
}

function CourseSearch({
  semester,
  onAdd,
  chosenKeys,
}: {
  semester: string;
  onAdd: (c: Course) => void;
  chosenKeys: string[];
}) {
  const [items, setItems] = useState<LectureDto[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [searching, startSearch] = useTransition();
  const [adding, setAdding] = useState<number | null>(null);

  const search = (q: string) => {
    setMessage(null);
    startSearch(async () => {
      const r = await searchLecturesAction({ semester, q });
      if (!r.ok || !r.data) {
        setMessage(refusalText(r) ?? "검색하지 못했습니다.");
        return;
      }
      // One row per course: sections share the code before "-NN".
      const seen = new Set<string>();
      setItems(
        r.data.items.filter((l) =>
          seen.has(courseKey(l.code)) ? false : (seen.add(courseKey(l.code)), true),
        ),
      );
    });
  };

  const addAll = async (lecture: LectureDto) => {
    setAdding(lecture.id);
    const r = await listCourseSectionsAction({ lectureId: lecture.id });
    setAdding(null);
    const sections = r.data;
    if (!r.ok || !sections) {
      setMessage(refusalText(r) ?? "분반을 불러오지 못했습니다.");
      return;
    }
    onAdd({
      key: courseKey(lecture.code),
      name: lecture.name,
      sections,
      accepted: sections.map((s) => s.id),
    });
  };

  return (
    <section
      aria-labelledby="course-search-heading"
      className="space-y-2 rounded-xl border border-gray-200 bg-white p-3"
    >
      <h2 id="course-search-heading" className="font-bold">
        과목 담기
      </h2>
      <LectureSearchForm
        id="wizard-q"
        label="과목 검색"
        busy={searching}
        message={message}
        onSearch={search}
      />
      {items && (
        <ul aria-label="검색된 과목" className="max-h-72 divide-y divide-gray-100 overflow-y-auto">
          {items.length === 0 && (
            <li className="py-2 text-sm text-gray-500">검색 결과가 없습니다.</li>
          )}
          {items.map((l) => {
            const chosen = chosenKeys.includes(courseKey(l.code));
            return (
              <li key={l.id} className="flex items-center gap-2 py-1.5">
                <div className="min-w-0 flex-1">
                  <p className="text-sm font-medium">{l.name}</p>
                  <p className="text-xs text-gray-500">
                    {courseKey(l.code)} · {l.credits}학점
                  </p>
                </div>
                <button
                  type="button"
                  onClick={() => addAll(l)}
                  disabled={chosen || adding === l.id}
                  aria-label={`${l.name} 전 분반 담기`}
                  className="shrink-0 rounded-md border border-brand-500 px-2 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50 disabled:border-gray-300 disabled:text-gray-400"
                >
                  {chosen ? "담음" : adding === l.id ? "담는 중…" : "전 분반 담기"}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
