"use client";

import { loginAction } from "@/lib/auth/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const form = useActionForm(loginAction);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={form.state} shownFields={["email", "password"]} />
      <TextField
        key={`email-${form.fieldKey}`}
        id="login-email"
        name="email"
        type="email"
        label="이메일"
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <TextField
        id="login-password"
        name="password"
        type="password"
        label="비밀번호"
        autoComplete="current-password"
        required
        errors={form.errors("password")}
      />
      <SubmitButton pending={form.pending} pendingLabel="로그인 중…">
        로그인
      </SubmitButton>
    </form>
  );
}
