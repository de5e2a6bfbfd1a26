"use client";

import { useActionState } from "react";
import { changeNicknameAction } from "@/lib/auth/actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { NICKNAME_MAX, NICKNAME_MIN } from "@/lib/auth/schemas";
import { FormMessage, TextField } from "@/components/auth/field";

export function NicknameForm({ nickname }: { nickname: string }) {
  const [state, action, pending] = useActionState(changeNicknameAction, initialAuthFormState);
  const value = state.values?.nickname ?? nickname;
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby="nickname-form-heading">
      <h2 id="nickname-form-heading" className="font-bold">
        닉네임 변경
      </h2>
      <TextField
        key={`nickname-${value}-${state.status}`}
        id="me-nickname"
        name="nickname"
        label="새 닉네임"
        autoComplete="nickname"
        required
        hint={`${NICKNAME_MIN}~${NICKNAME_MAX}자, '익명'으로 시작할 수 없습니다.`}
        defaultValue={value}
        errors={state.fields?.nickname}
      />
      <FormMessage status={state.status} message={state.fields ? undefined : state.message} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-bold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "변경하는 중…" : "닉네임 변경"}
      </button>
    </form>
  );
}
