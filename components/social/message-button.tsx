"use client";

import { useActionState, useState } from "react";
import { sendMessageAction, type MessageFormState } from "@/lib/messages/actions";
import { MESSAGE_MAX } from "@/lib/messages/schemas";
import { Modal } from "./modal";

/** 쪽지 보내기 to a post's or comment's author, or a friend; the thread opens on success. */
export function MessageButton({
  targetKind,
  targetId,
  className,
  label = "쪽지 보내기",
}: {
  targetKind: "post" | "comment" | "user";
  targetId: number;
  className?: string;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<MessageFormState, FormData>(sendMessageAction, { status: "idle" });
  return (
    <Modal trigger={label} triggerClassName={className} title="쪽지 보내기" open={open} onOpenChange={setOpen}>
      <form action={action} className="space-y-2">
        <input type="hidden" name="targetKind" value={targetKind} />
        <input type="hidden" name="targetId" value={targetId} />
        <label className="block text-sm text-gray-600" htmlFor={`message-${targetKind}-${targetId}`}>
          내용
        </label>
        <textarea
          id={`message-${targetKind}-${targetId}`}
          name="content"
          required
          maxLength={MESSAGE_MAX}
          rows={5}
          defaultValue={state.content}
          className="w-full resize-none rounded-lg border border-gray-300 p-3 text-base focus:border-brand-600 focus:outline-none"
          placeholder="쪽지 내용을 입력하세요."
        />
        <p aria-live="polite" className="min-h-4 text-xs text-brand-600">
          {state.status === "error" ? state.message : ""}
        </p>
        <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 py-2.5 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? "보내는 중…" : "전송"}
        </button>
      </form>
    </Modal>
  );
}
