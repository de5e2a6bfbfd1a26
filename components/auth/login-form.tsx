"use client";

import { useActionState } from "react";
import { loginAction } from "@/lib/auth/actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { FormMessage, SubmitButton, TextField } from "@/components/auth/field";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(loginAction, initialAuthFormState);
  return (
    <form action={action} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage status={state.status} message={state.fields ? undefined : state.message} />
      <TextField
        id="login-email"
        name="email"
        type="email"
        label="이메일"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        key={`email-${state.values?.email ?? ""}`}
        errors={state.fields?.email}
      />
      <TextField
        id="login-password"
        name="password"
        type="password"
        label="비밀번호"
        autoComplete="current-password"
        required
        errors={state.fields?.password}
      />
      <SubmitButton pending={pending} pendingLabel="로그인 중…">
        로그인
      </SubmitButton>
    </form>
  );
}
