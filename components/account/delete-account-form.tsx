"use client";

import { deleteAccountAction } from "@/lib/account/actions";
import { SubmitButton } from "@/components/ui/button";
import { FieldErrors, FormMessage, TextField } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { useActionForm } from "@/components/ui/use-action-form";

/** 내 정보 › 회원 탈퇴: confirmed with the password and a checkbox. */
export function DeleteAccountForm() {
  const form = useActionForm(deleteAccountAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-3"
      aria-labelledby="delete-account-heading"
    >
      <h2 id="delete-account-heading" className="font-bold">
        회원 탈퇴
      </h2>
      <p className="text-sm text-gray-600">
        탈퇴하면 로그인 이메일, 학교 이메일, 닉네임, 프로필 사진이 지워지고 시간표, 학점, 친구,
        스크랩이 삭제됩니다. 쓴 글과 댓글은 다른 사람의 답글이 남도록 남지만 작성자는 &lsquo;(탈퇴한
        회원)&rsquo;으로 보입니다(익명 글은 그대로 익명). 되돌릴 수 없으니 먼저 위의 &lsquo;개인정보
        내려받기&rsquo;로 받아 두세요.
      </p>
      <TextField
        id="delete-password"
        name="password"
        type="password"
        label="비밀번호"
        autoComplete="current-password"
        required
        errors={form.errors("password")}
      />
      <div>
        <Checkbox
          id="delete-confirm"
          name="confirm"
          label="탈퇴하면 되돌릴 수 없다는 것을 확인했습니다."
          aria-describedby={form.errors("confirm") ? "delete-confirm-error" : undefined}
        />
        <FieldErrors id="delete-confirm" errors={form.errors("confirm")} />
      </div>
      <FormMessage state={form.state} shownFields={["password", "confirm"]} />
      <SubmitButton size="md" pending={form.pending} pendingLabel="탈퇴하는 중…">
        회원 탈퇴
      </SubmitButton>
    </form>
  );
}
