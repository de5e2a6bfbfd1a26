"use client";

import { useState } from "react";
import { sendMessageAction } from "@/lib/messages/actions";
import { SubmitButton } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { MESSAGE_MAX } from "@/lib/messages/schemas";
import { Dialog } from "@/components/ui/dialog";

/** 쪽지 보내기 to a post's or comment's author, a 책방 listing's seller, or a friend; the thread opens on success. */
export function MessageButton({
  targetKind,
  targetId,
  className,
  label = "쪽지 보내기",
}: {
  targetKind: "post" | "comment" | "user" | "book";
  targetId: number;
  className?: string;
  label?: string;
}) {
  const [open, setOpen] = useState(false);
  const form = useActionForm(sendMessageAction);
  const fieldId = `message-${targetKind}-${targetId}`;
  const errors =
    form.errors("content") ??
    (form.state.ok || !form.state.message ? undefined : [form.state.message]);
  return (
    <Dialog
      trigger={label}
      triggerClassName={className}
      title="쪽지 보내기"
      open={open}
      onOpenChange={setOpen}
    >
      <form action={form.formAction} className="space-y-2">
        <input type="hidden" name="targetKind" value={targetKind} />
        <input type="hidden" name="targetId" value={targetId} />
        <label className="block text-sm text-gray-600" htmlFor={fieldId}>
          내용
        </label>
        <textarea
          key={`content-${form.fieldKey}`}
          id={fieldId}
          name="content"
          required
          maxLength={MESSAGE_MAX}
          rows={5}
          defaultValue={form.value("content")}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${fieldId}-error` : undefined}
          className="w-full resize-none rounded-lg border border-gray-300 p-3 text-base focus:border-brand-600 focus:outline-none"
          placeholder="쪽지 내용을 입력하세요."
        />
        <FieldErrors id={fieldId} errors={errors?.slice(0, 1)} />
        <SubmitButton size="lg" pending={form.pending} pendingLabel="보내는 중…">
          전송
        </SubmitButton>
      </form>
    </Dialog>
  );
}
