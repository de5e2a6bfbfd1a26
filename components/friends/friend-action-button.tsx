"use client";

import { answerFriendAction } from "@/lib/friends/actions";
import { refusalText } from "@/lib/http/action-state";
import { useActionForm } from "@/components/ui/use-action-form";

type Props =
  | {
      intent: "accept" | "decline";
      requestId: number;
      label: string;
      accessibleLabel: string;
      confirm?: string;
      tone?: "primary" | "plain" | "danger";
    }
  | {
      intent: "remove";
      userId: number;
      label: string;
      accessibleLabel: string;
      confirm?: string;
      tone?: "primary" | "plain" | "danger";
    };

const TONE = {
  primary: "border-brand-600 bg-brand-600 text-white hover:bg-brand-700",
  plain: "border-gray-300 bg-white text-gray-700 hover:bg-gray-100",
  danger: "border-gray-300 bg-white text-red-600 hover:bg-red-50",
};

/** 수락 / 거절 / 취소 / 삭제: one small form each, with its own error message. */
export function FriendActionButton(props: Props) {
  const form = useActionForm(answerFriendAction);
  const refusal = refusalText(form.state);
  return (
    <form
      action={form.formAction}
      onSubmit={(e) => {
        if (props.confirm && !window.confirm(props.confirm)) e.preventDefault();
      }}
      className="inline-flex flex-col items-end"
    >
      <input type="hidden" name="intent" value={props.intent} />
      {props.intent === "remove" ? (
        <input type="hidden" name="userId" value={props.userId} />
      ) : (
        <input type="hidden" name="requestId" value={props.requestId} />
      )}
      <button
        type="submit"
        disabled={form.pending}
        aria-label={props.accessibleLabel}
        className={`rounded-md border px-2.5 py-1 text-xs font-medium disabled:opacity-50 ${TONE[props.tone ?? "plain"]}`}
      >
        {props.label}
      </button>
      {refusal && (
        <span role="alert" className="mt-0.5 text-xs text-red-600">
          {refusal}
        </span>
      )}
    </form>
  );
}
