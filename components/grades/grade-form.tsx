"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { saveGradesAction } from "@/lib/grades/actions";
import { refusalText } from "@/lib/http/action-state";
import { GRADES, summarizeGrades, type Grade } from "@/lib/grades/gpa";

// One semester's subjects: name, credits, grade (A+ … F, P/NP), 전공. The totals update as you
// type (the same arithmetic as the server); 저장 replaces the semester on the server.

type Row = { name: string; credits: string; grade: Grade | ""; isMajor: boolean };

export function GradeForm({
  semester,
  initial,
  prefilled,
}: {
  semester: string;
  initial: { name: string; credits: number; grade?: Grade; isMajor: boolean }[];
  prefilled: boolean;
}) {
  const [rows, setRows] = useState<Row[]>(
    initial.length
      ? initial.map((i) => ({
          name: i.name,
          credits: String(i.credits),
          grade: i.grade ?? "",
          isMajor: i.isMajor,
        }))
      : [{ name: "", credits: "3", grade: "", isMajor: false }],
  );
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();

  const complete = rows.filter(
    (r) => r.name.trim() && r.grade && r.credits !== "" && Number.isFinite(Number(r.credits)),
  );
  const preview = summarizeGrades(
    complete.map((r) => ({
      name: r.name,
      credits: Number(r.credits),
      grade: r.grade as Grade,
      isMajor: r.isMajor,
    })),
  );
  const set = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const filled = rows.filter((r) => r.name.trim() !== "");
    if (filled.some((r) => !r.grade)) {
      setMessage({ text: "성적을 고르지 않은 과목이 있습니다.", error: true });
      return;
    }
    startTransition(async () => {
      const r = await saveGradesAction({
        semester,
        grades: {
          items: filled.map((row) => ({
            name: row.name,
            credits: Number(row.credits),
            grade: row.grade,
            isMajor: row.isMajor,
          })),
        },
      });
      setMessage({
        text: r.ok ? (r.message ?? "저장했습니다.") : (refusalText(r) ?? "저장하지 못했습니다."),
        error: !r.ok,
      });
      if (r.ok) router.refresh();
    });
  };

  return (
    <form onSubmit={save} className="space-y-2" aria-label="학기 성적 입력">
      {prefilled && (
        // A note, not an error: neutral colours and an information mark, never the brand red.
        <p className="flex items-start gap-1.5 rounded-md border border-gray-200 bg-gray-50 px-3 py-2 text-xs text-gray-700">
          <svg
            viewBox="0 0 20 20"
            fill="currentColor"
            className="mt-px h-3.5 w-3.5 shrink-0 text-gray-500"
            aria-hidden="true"
          >
            <path d="M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm.9 12.6H9.1V8.9h1.8v5.2ZM10 7.6a1.1 1.1 0 1 1 0-2.2 1.1 1.1 0 0 1 0 2.2Z" />
          </svg>
          <span>이 학기 기본 시간표의 수업으로 채웠습니다. 성적을 고르고 저장하세요.</span>
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] text-sm">
          <thead>
            <tr className="text-left text-xs text-gray-500">
              <th className="py-1 font-medium">과목명</th>
              <th className="w-14 py-1 font-medium sm:w-16">학점</th>
              <th className="w-16 py-1 font-medium sm:w-20">성적</th>
              <th className="w-9 py-1 text-center font-medium">전공</th>
              <th className="w-7" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-testid="grade-row">
                <td className="py-0.5 pr-1">
                  <input
                    aria-label={`${i + 1}번째 과목명`}
                    value={row.name}
                    maxLength={50}
                    onChange={(e) => set(i, { name: e.target.value })}
                    className="w-full rounded border border-gray-300 px-2 py-1"
                  />
                </td>
                <td className="py-0.5 pr-1">
                  <input
                    aria-label={`${i + 1}번째 학점`}
                    type="number"
                    min={0}
                    max={10}
                    step={0.5}
                    value={row.credits}
                    onChange={(e) => set(i, { credits: e.target.value })}
                    className="w-full rounded border border-gray-300 px-1.5 py-1"
                  />
                </td>
                <td className="py-0.5 pr-1">
                  <select
                    aria-label={`${i + 1}번째 성적`}
                    value={row.grade}
                    onChange={(e) => set(i, { grade: e.target.value as Grade })}
                    className="w-full rounded border border-gray-300 px-1 py-1"
                  >
                    <option value="">-</option>
                    {GRADES.map((g) => (
                      <option key={g} value={g}>
                        {g}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="py-0.5 text-center">
                  <input
                    aria-label={`${i + 1}번째 전공`}
                    type="checkbox"
                    checked={row.isMajor}
                    onChange={(e) => set(i, { isMajor: e.target.checked })}
                  />
                </td>
                <td className="py-0.5 text-center">
                  <button
                    type="button"
                    aria-label={`${i + 1}번째 과목 빼기`}
                    onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                    className="rounded px-1.5 text-gray-500 hover:bg-gray-100"
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < 30 && (
        <button
          type="button"
          onClick={() =>
            setRows((rs) => [...rs, { name: "", credits: "3", grade: "", isMajor: false }])
          }
          className="text-xs text-brand-700 hover:underline"
        >
          + 과목 추가
        </button>
      )}
      <dl
        className="grid grid-cols-3 gap-2 rounded-lg bg-gray-50 p-2 text-center text-xs"
        aria-live="polite"
      >
        <div>
          <dt className="text-gray-500">평점</dt>
          <dd className="text-base font-bold" data-testid="semester-gpa">
            {preview.gpa?.toFixed(2) ?? "-"}
          </dd>
        </div>
        <div>
          <dt className="text-gray-500">전공</dt>
          <dd className="text-base font-bold">{preview.majorGpa?.toFixed(2) ?? "-"}</dd>
        </div>
        <div>
          <dt className="text-gray-500">취득 학점</dt>
          <dd className="text-base font-bold">{preview.credits}</dd>
        </div>
      </dl>
      <p
        aria-live="polite"
        className={`text-xs ${message?.error ? "text-red-600" : "text-gray-700"}`}
      >
        {message?.text}
      </p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
      >
        {pending ? "저장 중…" : "저장"}
      </button>
    </form>
  );
}
