"use client";

import { sendFriendRequestAction } from "@/lib/friends/actions";
import { refusalText } from "@/lib/http/action-state";
import { SubmitButton } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";

/** 친구 요청 by nickname; refusals (없는 닉네임, 이미 친구, 자기 자신) are shown under the field. */
export function FriendRequestForm() {
  const form = useActionForm(sendFriendRequestAction);
  const error = refusalText(form.state);
  return (
    <form action={form.formAction} className="space-y-1">
      <div className="flex gap-2">
        <label htmlFor="friend-nickname" className="sr-only">
          닉네임
        </label>
        <input
          key={`nickname-${form.fieldKey}`}
          id="friend-nickname"
          name="nickname"
          required
          maxLength={20}
          defaultValue={form.value("nickname")}
          placeholder="친구의 닉네임"
          aria-invalid={error ? true : undefined}
          aria-describedby="friend-nickname-msg"
          className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-1.5 text-sm"
        />
        <SubmitButton
          size="sm"
          pending={form.pending}
          pendingLabel="친구 요청"
          className="shrink-0"
        >
          친구 요청
        </SubmitButton>
      </div>
      <p
        id="friend-nickname-msg"
        aria-live="polite"
        className={`min-h-4 text-xs ${error ? "text-red-600" : "text-green-700"}`}
      >
        {error ?? form.state.message}
      </p>
    </form>
  );
}
