"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { searchLecturesAction } from "@/lib/lectures/actions";
import type { LectureDto } from "@/lib/lectures/lectures";
import { formatLectureTimes } from "@/lib/lectures/format";
import { semesterLabel } from "@/lib/lectures/semesters";
import { addLectureAction } from "@/lib/timetable/actions";
import { DomainPicker, type DomainCrumb } from "@/components/lectures/domain-picker";
import { LectureSearchForm } from "@/components/lectures/lecture-search-form";
import { RatingSummary } from "@/components/lectures/rating-stars";
import { useActionToast } from "@/components/ui/toast";
import { refusalText } from "@/lib/http/action-state";

// 수업 목록: search (name, professor, code, room) within the chosen 전공/영역 node and all its
// descendants, for the timetable's semester; 추가 puts a lecture into the timetable.

type Results = { forKey: string; items: LectureDto[]; nextCursor: string | null; error?: string };

export function LecturePanel({
  timetableId,
  semester,
  addedIds,
  embedded = false,
}: {
  timetableId: number;
  semester: string;
  addedIds: number[];
  /** Inside a sheet that carries the title already: no frame, no heading of its own. */
  embedded?: boolean;
}) {
  const [path, setPath] = useState<DomainCrumb[]>([]);
  const [q, setQ] = useState("");
  const [results, setResults] = useState<Results>({ forKey: "", items: [], nextCursor: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const domainId = path.length ? path[path.length - 1].id : null;
  const key = JSON.stringify({ semester, domainId, q });

  useEffect(() => {
    let live = true;
    searchLecturesAction({ semester, domainId, q: q || undefined }).then((r) => {
      if (!live) return;
      setResults(
        r.ok && r.data
          ? { forKey: key, items: r.data.items, nextCursor: r.data.nextCursor }
          : { forKey: key, items: [], nextCursor: null, error: refusalText(r) },
      );
    });
    return () => {
      live = false;
    };
  }, [key, semester, domainId, q]);

  const loading = results.forKey !== key;

  const loadMore = async () => {
    if (!results.nextCursor) return;
    setLoadingMore(true);
    const r = await searchLecturesAction({
      semester,
      domainId,
      q: q || undefined,
      cursor: results.nextCursor,
    });
    setLoadingMore(false);
    const page = r.data;
    if (r.ok && page)
      setResults((prev) =>
        prev.forKey === key
          ? { ...prev, items: [...prev.items, ...page.items], nextCursor: page.nextCursor }
          : prev,
      );
  };

  const added = new Set(addedIds);
  const domain = path.length ? path[path.length - 1] : null;
  const searchBox = useRef<HTMLInputElement>(null);
  const clearQuery = () => {
    setQ("");
    if (searchBox.current) searchBox.current.value = "";
  };
  const Frame = embedded ? "div" : "section";
  return (
    <Frame
      {...(embedded ? {} : { "aria-labelledby": "lecture-panel-heading" })}
      className={
        embedded
          ? "space-y-3 p-3"
          : // Beside the grid (lecture-panel-dock.tsx): as tall as the screen below the header at
            // most; the search stays on top and the rest scrolls inside the panel.
            "flex max-h-[calc(100dvh-8rem)] flex-col gap-3 rounded-xl border border-gray-200 bg-white p-3"
      }
    >
      {!embedded && (
        <div className="flex items-baseline justify-between">
          <h2 id="lecture-panel-heading" className="font-bold">
            수업 목록
          </h2>
          <span className="text-xs text-gray-500">{semesterLabel(semester)}</span>
        </div>
      )}
      <LectureSearchForm
        id="lecture-q"
        label="수업 검색"
        allowEmpty
        defaultValue={q}
        inputRef={searchBox}
        onSearch={setQ}
      />
      <div
        className={embedded ? "space-y-3" : "-mx-3 min-h-0 flex-1 space-y-3 overflow-y-auto px-3"}
      >
        <DomainPicker path={path} onPathChange={setPath} />
        {(domain || q) && (
          <div
            aria-label="적용된 필터"
            role="group"
            className="flex flex-wrap items-center gap-1.5 border-t border-gray-100 pt-2 text-xs"
          >
            <span className="text-gray-500">필터</span>
            {domain && (
              <FilterChip
                label={path.map((p) => p.name).join(" › ")}
                clearLabel={`필터 ${domain.name} 지우기`}
                onClear={() => setPath([])}
              />
            )}
            {q && (
              <FilterChip label={`“${q}”`} clearLabel={`필터 “${q}” 지우기`} onClear={clearQuery} />
            )}
          </div>
        )}
        <div aria-live="polite" aria-busy={loading} className="border-t border-gray-100 pt-2">
          {loading ? (
            <p className="py-4 text-center text-sm text-gray-500">수업을 불러오는 중…</p>
          ) : results.error ? (
            <p role="alert" className="py-4 text-center text-sm text-red-600">
              {results.error}
            </p>
          ) : results.items.length === 0 ? (
            <EmptyResults
              domain={domain?.name ?? null}
              q={q}
              onClearDomain={() => setPath([])}
              onClearQuery={clearQuery}
            />
          ) : (
            <ul aria-label="검색된 수업" className="divide-y divide-gray-100">
              {results.items.map((lecture) => (
                <LectureRow
                  key={lecture.id}
                  lecture={lecture}
                  timetableId={timetableId}
                  isAdded={added.has(lecture.id)}
                />
              ))}
            </ul>
          )}
        </div>
        {!loading && results.nextCursor && (
          <button
            type="button"
            onClick={loadMore}
            disabled={loadingMore}
            className="w-full rounded-md border border-gray-300 py-1.5 text-sm text-gray-700 hover:bg-gray-50 disabled:opacity-50"
          >
            {loadingMore ? "불러오는 중…" : "더 보기"}
          </button>
        )}
      </div>
    </Frame>
  );
}

function FilterChip({
  label,
  clearLabel,
  onClear,
}: {
  label: string;
  clearLabel: string;
  onClear: () => void;
}) {
  return (
    <span className="inline-flex max-w-full items-center gap-0.5 rounded-full border border-brand-500 bg-brand-50 py-0.5 pr-0.5 pl-2.5 text-brand-700">
      <span className="truncate">{label}</span>
      <button
        type="button"
        onClick={onClear}
        aria-label={clearLabel}
        className="flex h-6 w-6 items-center justify-center rounded-full text-sm leading-none hover:bg-brand-100"
      >
        ×
      </button>
    </span>
  );
}

/** Nothing found: say which filter is hiding results, with a one-tap way out. */
function EmptyResults({
  domain,
  q,
  onClearDomain,
  onClearQuery,
}: {
  domain: string | null;
  q: string;
  onClearDomain: () => void;
  onClearQuery: () => void;
}) {
  const what = q ? `“${q}”에 맞는 수업이` : "수업이";
  return (
    <div className="space-y-2 py-4 text-center text-sm text-gray-600">
      <p>
        {domain
          ? `‘${domain}’ 안에는 ${what} 없습니다.`
          : q
            ? `${what} 없습니다.`
            : "조건에 맞는 수업이 없습니다."}
      </p>
      {domain ? (
        <button
          type="button"
          onClick={onClearDomain}
          className="rounded-md border border-brand-500 px-3 py-1 text-xs font-medium text-brand-700 hover:bg-brand-50"
        >
          전체 전공/영역에서 찾기
        </button>
      ) : q ? (
        <button
          type="button"
          onClick={onClearQuery}
          className="rounded-md border border-gray-300 px-3 py-1 text-xs text-gray-700 hover:bg-gray-50"
        >
          전체 수업 보기
        </button>
      ) : null}
    </div>
  );
}

function LectureRow({
  lecture,
  timetableId,
  isAdded,
}: {
  lecture: LectureDto;
  timetableId: number;
  isAdded: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const announce = useActionToast();
  const add = () =>
    startTransition(async () => {
      announce(await addLectureAction({ timetableId, lectureId: lecture.id }));
    });
  return (
    <li className="flex items-start gap-2 py-2">
      <div className="min-w-0 flex-1">
        <p className="text-sm font-medium">{lecture.name}</p>
        <p className="text-xs text-gray-500">
          {lecture.professor} · {lecture.credits}학점 · {lecture.code}
        </p>
        <p className="text-xs text-gray-600">
          {formatLectureTimes(lecture.times, { withRoom: true })}
        </p>
        <p className="flex items-center gap-2">
          <RatingSummary rating={lecture.rating} />
          <Link
            href={`/lectures/${lecture.id}`}
            className="text-xs text-gray-500 underline-offset-2 hover:underline"
          >
            강의평
          </Link>
        </p>
      </div>
      <button
        type="button"
        onClick={add}
        disabled={pending || isAdded}
        aria-label={`${lecture.name} ${isAdded ? "추가됨" : "추가"}`}
        className="shrink-0 rounded-md border border-brand-500 px-2.5 py-1 text-xs font-medium text-brand-600 hover:bg-brand-50 disabled:border-gray-300 disabled:text-gray-400 disabled:hover:bg-transparent"
      >
        {isAdded ? "추가됨" : pending ? "추가 중…" : "추가"}
      </button>
    </li>
  );
}
