"use client";

import { changePasswordAction } from "@/lib/auth/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

const FIELDS = ["currentPassword", "newPassword", "newPasswordConfirm"];

export function PasswordForm() {
  const form = useActionForm(changePasswordAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-3"
      aria-labelledby="password-form-heading"
    >
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
        errors={form.errors("currentPassword")}
      />
      <TextField
        id="me-new-password"
        name="newPassword"
        type="password"
        label="새 비밀번호"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN}~${PASSWORD_MAX}자. 바꾸면 다른 기기에서는 로그아웃됩니다.`}
        errors={form.errors("newPassword")}
      />
      <TextField
        id="me-new-password-confirm"
        name="newPasswordConfirm"
        type="password"
        label="새 비밀번호 확인"
        autoComplete="new-password"
        required
        errors={form.errors("newPasswordConfirm")}
      />
      <FormMessage state={form.state} shownFields={FIELDS} />
      <SubmitButton size="md" pending={form.pending} pendingLabel="변경하는 중…">
        비밀번호 변경
      </SubmitButton>
    </form>
  );
}
