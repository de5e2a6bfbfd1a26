"use client";

import { useActionState } from "react";
import { changePasswordAction } from "@/lib/auth/actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { FormMessage, TextField } from "@/components/auth/field";

export function PasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initialAuthFormState);
  return (
    <form action={action} noValidate className="space-y-3" aria-labelledby="password-form-heading">
      <h2 id="password-form-heading" className="font-bold">
        비밀번호 변경
      </h2>
      <TextField
        id="me-current-password"
        name="currentPassword"
        type="password"
        label="현재 비밀번호"
        autoComplete="current-password"
        required
        errors={state.fields?.currentPassword}
      />
      <TextField
        id="me-new-password"
        name="newPassword"
        type="password"
        label="새 비밀번호"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN}~${PASSWORD_MAX}자. 바꾸면 다른 기기에서는 로그아웃됩니다.`}
        errors={state.fields?.newPassword}
      />
      <TextField
        id="me-new-password-confirm"
        name="newPasswordConfirm"
        type="password"
        label="새 비밀번호 확인"
        autoComplete="new-password"
        required
        errors={state.fields?.newPasswordConfirm}
      />
      <FormMessage status={state.status} message={state.fields ? undefined : state.message} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-600 px-4 py-2 text-sm font-bold text-white hover:bg-brand-700 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? "변경하는 중…" : "비밀번호 변경"}
      </button>
    </form>
  );
}
