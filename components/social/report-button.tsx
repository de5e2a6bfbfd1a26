"use client";

import { useActionState, useState } from "react";
import { reportAction, type ReportFormState } from "@/lib/reports/actions";
import { REPORT_REASONS } from "@/lib/reports/schemas";
import { Modal } from "./modal";

/** 신고: a dialog with Everytime's seven reasons. */
export function ReportButton({ targetKind, targetId, className }: { targetKind: "post" | "comment" | "thread"; targetId: number; className?: string }) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<ReportFormState, FormData>(reportAction, { status: "idle" });
  return (
    <Modal trigger="신고" triggerClassName={className} title="신고하기" open={open} onOpenChange={setOpen}>
      {state.status === "ok" ? (
        <div className="space-y-3">
          <p role="status" className="text-sm text-gray-700">
            {state.message}
          </p>
          <button type="button" onClick={() => setOpen(false)} className="w-full rounded-lg bg-gray-100 py-2.5 text-sm font-semibold">
            확인
          </button>
        </div>
      ) : (
        <form action={action} className="space-y-3">
          <input type="hidden" name="targetKind" value={targetKind} />
          <input type="hidden" name="targetId" value={targetId} />
          <fieldset>
            <legend className="mb-2 text-sm text-gray-600">신고 사유를 선택해 주세요.</legend>
            <div className="divide-y divide-gray-100 rounded-lg border border-gray-200">
              {Object.entries(REPORT_REASONS).map(([value, label]) => (
                <label key={value} className="flex cursor-pointer items-center gap-3 px-3 py-2.5 text-sm has-[:checked]:bg-brand-50">
                  <input type="radio" name="reason" value={value} required className="h-4 w-4 accent-brand-600" />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <p aria-live="polite" className="min-h-4 text-xs text-brand-600">
            {state.status === "error" ? state.message : ""}
          </p>
          <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 py-2.5 text-sm font-semibold text-white disabled:opacity-60">
            {pending ? "신고하는 중…" : "신고하기"}
          </button>
        </form>
      )}
    </Modal>
  );
}
