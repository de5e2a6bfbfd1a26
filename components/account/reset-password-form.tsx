"use client";

import { confirmResetAction } from "@/lib/account/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useActionForm(confirmResetAction);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextField
        id="reset-password"
        name="password"
        type="password"
        label="새 비밀번호"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN}~${PASSWORD_MAX}자. 바꾸면 모든 기기에서 로그아웃됩니다.`}
        errors={form.errors("password")}
        required
      />
      <TextField
        id="reset-password-confirm"
        name="passwordConfirm"
        type="password"
        label="새 비밀번호 확인"
        autoComplete="new-password"
        errors={form.errors("passwordConfirm")}
        required
      />
      <FormMessage state={form.state} shownFields={["password", "passwordConfirm"]} />
      <SubmitButton pending={form.pending} pendingLabel="바꾸는 중…" className="w-full">
        비밀번호 바꾸기
      </SubmitButton>
    </form>
  );
}
