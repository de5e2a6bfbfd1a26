"use client";

import type { ReactNode } from "react";
import type { ActionState } from "@/lib/http/action-state";
import { refusalText } from "@/lib/http/action-state";
import { useActionForm } from "./use-action-form";

/**
 * A small form around one server action for server-rendered pages (읽음, 차단, 신고 처리,
 * 로그아웃): its buttons submit it, an optional confirm() guards it, and a refusal is shown
 * under it instead of breaking the page.
 */
export function ActionForm<D>({
  action,
  children,
  className,
  confirm,
}: {
  action: (prev: ActionState<D>, formData: FormData) => Promise<ActionState<D>>;
  children: ReactNode;
  className?: string;
  confirm?: string;
}) {
  const form = useActionForm(action);
  const refusal = refusalText(form.state);
  return (
    <form
      action={form.formAction}
      aria-busy={form.pending || undefined}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
      className={className}
    >
      {children}
      {refusal && (
        <p role="alert" className="basis-full text-xs text-brand-600">
          {refusal}
        </p>
      )}
    </form>
  );
}
