"use client";

import { useActionState, useEffect, useRef } from "react";
import { replyMessageAction, type MessageFormState } from "@/lib/messages/actions";
import { MESSAGE_MAX } from "@/lib/messages/schemas";

/** The thread's reply box: stays at the bottom of a phone screen, Enter makes a new line. */
export function ReplyForm({ threadId }: { threadId: number }) {
  const [state, action, pending] = useActionState<MessageFormState, FormData>(replyMessageAction, { status: "idle" });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "ok") form.current?.reset();
  }, [state.savedAt, state.status]);
  return (
    <form ref={form} action={action} className="sticky bottom-0 -mx-4 border-t border-gray-200 bg-white px-4 py-2 sm:mx-0 sm:rounded-b-xl">
      <input type="hidden" name="threadId" value={threadId} />
      <div className="flex items-end gap-2">
        <label htmlFor="reply-content" className="sr-only">
          답장
        </label>
        <textarea
          id="reply-content"
          name="content"
          required
          maxLength={MESSAGE_MAX}
          rows={2}
          defaultValue={state.status === "error" ? state.content : undefined}
          placeholder="쪽지를 입력하세요."
          className="min-h-11 flex-1 resize-none rounded-lg border border-gray-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-none"
        />
        <button type="submit" disabled={pending} className="h-11 shrink-0 rounded-lg bg-brand-600 px-4 text-sm font-semibold text-white disabled:opacity-60">
          {pending ? "…" : "전송"}
        </button>
      </div>
      <p aria-live="polite" className="text-xs text-brand-600">
        {state.status === "error" ? state.message : ""}
      </p>
    </form>
  );
}
