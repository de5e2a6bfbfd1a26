"use client";

import { changeNicknameAction } from "@/lib/auth/actions";
import { NICKNAME_MAX, NICKNAME_MIN } from "@/lib/auth/schemas";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function NicknameForm({ nickname }: { nickname: string }) {
  const form = useActionForm(changeNicknameAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-3"
      aria-labelledby="nickname-form-heading"
    >
      <h2 id="nickname-form-heading" className="font-bold">
        닉네임 변경
      </h2>
      <TextField
        key={`nickname-${form.fieldKey}`}
        id="me-nickname"
        name="nickname"
        label="새 닉네임"
        autoComplete="nickname"
        required
        hint={`${NICKNAME_MIN}~${NICKNAME_MAX}자, 글자, 숫자, 밑줄(_)·하이픈(-)·마침표(.)와 띄어쓰기 한 번. 하루 5번까지 바꿀 수 있습니다.`}
        defaultValue={form.value("nickname", nickname)}
        errors={form.errors("nickname")}
      />
      <FormMessage state={form.state} shownFields={["nickname"]} />
      <SubmitButton size="md" pending={form.pending} pendingLabel="변경하는 중…">
        닉네임 변경
      </SubmitButton>
    </form>
  );
}
