"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { IDLE } from "@/lib/lectures/action-state";
import { sendFriendRequestAction } from "@/lib/friends/actions";

/** 친구 요청 by nickname; refusals (없는 닉네임, 이미 친구, 자기 자신) are shown under the field. */
export function FriendRequestForm() {
  const [state, action, pending] = useActionState(sendFriendRequestAction, IDLE);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  const error = state.status === "error" ? (state.fields?.nickname?.[0] ?? state.message) : undefined;
  return (
    <form
      ref={form}
      // Dispatched by hand so a refused nickname stays in the field (React resets action forms).
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        startTransition(() => action(data));
      }}
      className="space-y-1"
    >
      <div className="flex gap-2">
        <label htmlFor="friend-nickname" className="sr-only">
          닉네임
        </label>
        <input
          id="friend-nickname"
          name="nickname"
          required
          maxLength={20}
          placeholder="친구의 닉네임"
          aria-invalid={error ? true : undefined}
          aria-describedby="friend-nickname-msg"
          className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-1.5 text-sm"
        />
        <button type="submit" disabled={pending} className="shrink-0 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50">
          친구 요청
        </button>
      </div>
      <p id="friend-nickname-msg" aria-live="polite" className={`min-h-4 text-xs ${error ? "text-red-600" : "text-green-700"}`}>
        {error ?? state.message}
      </p>
    </form>
  );
}
