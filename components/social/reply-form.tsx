"use client";

import { replyMessageAction } from "@/lib/messages/actions";
import { refusalText } from "@/lib/http/action-state";
import { SubmitButton } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { MESSAGE_MAX } from "@/lib/messages/schemas";

/** The thread's reply box: stays at the bottom of a phone screen, Enter makes a new line. */
export function ReplyForm({ threadId }: { threadId: number }) {
  const form = useActionForm(replyMessageAction);
  const refusal = refusalText(form.state);
  return (
    <form
      action={form.formAction}
      className="sticky bottom-0 -mx-4 border-t border-gray-200 bg-white px-4 py-2 sm:mx-0 sm:rounded-b-xl"
    >
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
          key={`content-${form.fieldKey}`}
          defaultValue={form.value("content")}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={refusal ? "reply-error" : undefined}
          placeholder="쪽지를 입력하세요."
          className="min-h-11 flex-1 resize-none rounded-lg border border-gray-300 px-3 py-2 text-base focus:border-brand-600 focus:outline-none"
        />
        <SubmitButton size="md" pending={form.pending} pendingLabel="…" className="h-11 shrink-0">
          전송
        </SubmitButton>
      </div>
      <p id="reply-error" aria-live="polite" className="text-xs text-brand-600">
        {refusal ?? ""}
      </p>
    </form>
  );
}
