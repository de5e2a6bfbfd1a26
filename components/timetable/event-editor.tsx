"use client";

import { useState, useTransition } from "react";
import { DAY_LABEL, formatLectureTimes, WEEKDAYS, type Day } from "@/lib/lectures/format";
import { deleteEventAction, saveEventAction } from "@/lib/timetable/actions";
import type { TimetableEventDto } from "@/lib/timetable/service";
import { useActionToast } from "@/components/ui/toast";
import { refusalText } from "@/lib/http/action-state";

// 직접 추가: the timetable's own events (동아리, 알바, 스터디) with 수정 and 삭제. The rules (times,
// conflicts with lectures and other events) are the service's; refusals come back as messages.

type Row = { day: Day; start: string; end: string };
const NEW_ROW: Row = { day: "MON", start: "18:00", end: "20:00" };

export function EventEditor({
  timetableId,
  events,
}: {
  timetableId: number;
  events: TimetableEventDto[];
}) {
  const [editing, setEditing] = useState<TimetableEventDto | "new" | null>(null);
  return (
    <section
      aria-labelledby="events-heading"
      className="rounded-xl border border-gray-200 bg-white"
    >
      <div className="flex items-center justify-between border-b border-gray-100 px-4 py-2">
        <h3 id="events-heading" className="text-sm font-semibold">
          직접 추가한 일정 {events.length}개
        </h3>
        {editing === null && (
          <button
            type="button"
            onClick={() => setEditing("new")}
            className="rounded-md bg-brand-600 px-3 py-1 text-xs font-medium text-white hover:bg-brand-700"
          >
            직접 추가
          </button>
        )}
      </div>
      {editing !== null && (
        <EventForm
          key={editing === "new" ? "new" : editing.id}
          timetableId={timetableId}
          event={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {events.length === 0 ? (
        editing === null && (
          <p className="px-4 py-3 text-sm text-gray-500">
            동아리, 알바, 스터디처럼 수업이 아닌 일정을 직접 추가할 수 있습니다.
          </p>
        )
      ) : (
        <ul className="divide-y divide-gray-100">
          {events.map((e) => (
            <EventRow key={e.id} timetableId={timetableId} event={e} onEdit={() => setEditing(e)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EventRow({
  timetableId,
  event,
  onEdit,
}: {
  timetableId: number;
  event: TimetableEventDto;
  onEdit: () => void;
}) {
  const [pending, startTransition] = useTransition();
  const announce = useActionToast();
  const remove = () =>
    startTransition(async () => {
      announce(await deleteEventAction({ timetableId, eventId: event.id }));
    });
  return (
    <li className="flex items-center gap-2 px-4 py-2 text-sm">
      <div className="min-w-0 flex-1">
        <p className="font-medium break-all">{event.title}</p>
        <p className="text-xs text-gray-500">
          {formatLectureTimes(event.times)}
          {event.place ? ` · ${event.place}` : ""}
        </p>
      </div>
      <button
        type="button"
        onClick={onEdit}
        aria-label={`${event.title} 수정`}
        className="rounded-md border border-gray-300 px-2 py-1 text-xs text-gray-700 hover:bg-gray-100"
      >
        수정
      </button>
      <button
        type="button"
        onClick={remove}
        disabled={pending}
        aria-label={`${event.title} 삭제`}
        className="rounded-md border border-gray-300 px-2 py-1 text-xs text-gray-700 hover:bg-gray-100 disabled:opacity-50"
      >
        {pending ? "삭제 중…" : "삭제"}
      </button>
    </li>
  );
}

function EventForm({
  timetableId,
  event,
  onDone,
}: {
  timetableId: number;
  event: TimetableEventDto | null;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(event?.title ?? "");
  const [place, setPlace] = useState(event?.place ?? "");
  const [rows, setRows] = useState<Row[]>(event?.times.map((t) => ({ ...t })) ?? [{ ...NEW_ROW }]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const announce = useActionToast();

  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    startTransition(async () => {
      const r = await saveEventAction({
        timetableId,
        eventId: event?.id ?? null,
        event: { title, place: place.trim() === "" ? null : place, times: rows },
      });
      announce(r);
      if (!r.ok) {
        setError(refusalText(r) ?? "저장하지 못했습니다.");
        return;
      }
      onDone();
    });
  };

  return (
    <form
      onSubmit={submit}
      className="space-y-2 border-b border-gray-100 bg-gray-50 px-4 py-3 text-sm"
      aria-label={event ? "일정 수정" : "일정 직접 추가"}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="block">
          <span className="text-xs font-medium text-gray-600">일정 이름</span>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={40}
            required
            className="mt-0.5 w-full rounded-md border border-gray-300 px-2 py-1.5"
          />
        </label>
        <label className="block">
          <span className="text-xs font-medium text-gray-600">장소 (선택)</span>
          <input
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            maxLength={40}
            className="mt-0.5 w-full rounded-md border border-gray-300 px-2 py-1.5"
          />
        </label>
      </div>
      <fieldset className="space-y-1.5">
        <legend className="text-xs font-medium text-gray-600">시간</legend>
        {rows.map((row, i) => (
          <div key={i} className="flex flex-wrap items-center gap-1.5">
            <select
              aria-label={`${i + 1}번째 시간 요일`}
              value={row.day}
              onChange={(e) => setRow(i, { day: e.target.value as Day })}
              className="rounded-md border border-gray-300 px-2 py-1.5"
            >
              {WEEKDAYS.map((d) => (
                <option key={d} value={d}>
                  {DAY_LABEL[d]}요일
                </option>
              ))}
            </select>
            <input
              type="time"
              aria-label={`${i + 1}번째 시간 시작`}
              value={row.start}
              step={300}
              onChange={(e) => setRow(i, { start: e.target.value })}
              className="rounded-md border border-gray-300 px-2 py-1"
            />
            <span aria-hidden="true">–</span>
            <input
              type="time"
              aria-label={`${i + 1}번째 시간 끝`}
              value={row.end}
              step={300}
              onChange={(e) => setRow(i, { end: e.target.value })}
              className="rounded-md border border-gray-300 px-2 py-1"
            />
            {rows.length > 1 && (
              <button
                type="button"
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                aria-label={`${i + 1}번째 시간 빼기`}
                className="rounded px-2 py-1 text-gray-500 hover:bg-gray-200"
              >
                ×
              </button>
            )}
          </div>
        ))}
        {rows.length < 14 && (
          <button
            type="button"
            onClick={() => setRows((rs) => [...rs, { ...(rs[rs.length - 1] ?? NEW_ROW) }])}
            className="text-xs text-brand-700 hover:underline"
          >
            + 시간 추가
          </button>
        )}
      </fieldset>
      <p aria-live="polite" className="text-xs text-red-600">
        {error}
      </p>
      <div className="flex gap-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-xs font-medium text-white hover:bg-brand-700 disabled:opacity-50"
        >
          {pending ? "저장 중…" : event ? "저장" : "추가"}
        </button>
        <button
          type="button"
          onClick={onDone}
          className="rounded-md border border-gray-300 px-3 py-1.5 text-xs text-gray-700 hover:bg-gray-100"
        >
          취소
        </button>
      </div>
    </form>
  );
}
