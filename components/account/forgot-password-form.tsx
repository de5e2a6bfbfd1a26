"use client";

import { requestResetAction } from "@/lib/account/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ForgotPasswordForm() {
  const form = useActionForm(requestResetAction);
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <TextField
        key={form.fieldKey}
        id="forgot-email"
        name="email"
        type="email"
        label="이메일"
        autoComplete="email"
        inputMode="email"
        defaultValue={form.value("email")}
        hint="가입할 때 쓴 이메일(로그인 아이디)을 입력하면 비밀번호를 다시 정할 수 있는 링크를 보내 드려요."
        errors={form.errors("email")}
        required
      />
      <FormMessage state={form.state} shownFields={["email"]} />
      <SubmitButton pending={form.pending} pendingLabel="보내는 중…" className="w-full">
        재설정 링크 받기
      </SubmitButton>
    </form>
  );
}
