"use client";

import { useState } from "react";
import { reportAction } from "@/lib/reports/actions";
import { refusalText } from "@/lib/http/action-state";
import { Button, SubmitButton } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { REPORT_REASONS } from "@/lib/reports/schemas";
import { Dialog } from "@/components/ui/dialog";

/** 신고: a dialog with Everytime's seven reasons. */
export function ReportButton({
  targetKind,
  targetId,
  className,
}: {
  targetKind: "post" | "comment" | "thread" | "book";
  targetId: number;
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(reportAction);
  const state = form.state;
  return (
    <Dialog
      trigger="신고"
      triggerClassName={className}
      title="신고하기"
      open={open}
      onOpenChange={setOpen}
    >
      {state.ok ? (
        <div className="space-y-3">
          <p role="status" className="text-sm text-gray-700">
            {state.message}
          </p>
          <Button variant="secondary" size="lg" onClick={() => setOpen(false)}>
            확인
          </Button>
        </div>
      ) : (
        <form action={form.formAction} className="space-y-3">
          <input type="hidden" name="targetKind" value={targetKind} />
          <input type="hidden" name="targetId" value={targetId} />
          <fieldset>
            <legend className="mb-2 text-sm text-gray-600">신고 사유를 선택해 주세요.</legend>
            <div className="divide-y divide-gray-100 rounded-lg border border-gray-200">
              {Object.entries(REPORT_REASONS).map(([value, label]) => (
                <label
                  key={`${value}-${form.fieldKey}`}
                  className="flex cursor-pointer items-center gap-3 px-3 py-2.5 text-sm has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="reason"
                    value={value}
                    required
                    defaultChecked={form.value("reason") === value}
                    className="h-4 w-4 accent-brand-600"
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          <p aria-live="polite" className="min-h-4 text-xs text-brand-600">
            {refusalText(state) ?? ""}
          </p>
          <SubmitButton pending={form.pending} pendingLabel="신고하는 중…">
            신고하기
          </SubmitButton>
        </form>
      )}
    </Dialog>
  );
}
