"use client";

import { signupAction } from "@/lib/auth/actions";
import { NICKNAME_MAX, NICKNAME_MIN, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { SubmitButton } from "@/components/ui/button";
import { controlClass, describedBy, Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

type School = { id: number; name: string };

export function SignupForm({ schools }: { schools: School[] }) {
  const form = useActionForm(signupAction);
  // Inputs are re-created from the returned values after each attempt, so what the student
  // typed stays; the password is typed again (it is never sent back).
  const round = form.fieldKey;
  const schoolErrors = form.errors("schoolId");
  return (
    <form action={form.formAction} noValidate className="space-y-4">
      <FormMessage state={form.state} shownFields={["email", "password", "nickname", "schoolId"]} />
      <TextField
        key={`email-${round}`}
        id="signup-email"
        name="email"
        type="email"
        label="이메일"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <TextField
        id="signup-password"
        name="password"
        type="password"
        label="비밀번호"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN}~${PASSWORD_MAX}자`}
        errors={form.errors("password")}
      />
      <TextField
        key={`nickname-${round}`}
        id="signup-nickname"
        name="nickname"
        label="닉네임"
        autoComplete="nickname"
        required
        hint={`${NICKNAME_MIN}~${NICKNAME_MAX}자, 글자, 숫자, 밑줄(_)·하이픈(-)·마침표(.)와 띄어쓰기 한 번. 다른 학생에게 보이는 이름입니다.`}
        defaultValue={form.value("nickname")}
        errors={form.errors("nickname")}
      />
      <Field id="signup-school" label="학교" errors={schoolErrors}>
        <select
          key={`school-${round}`}
          id="signup-school"
          name="schoolId"
          required
          defaultValue={form.value("schoolId", "")}
          aria-invalid={schoolErrors?.length ? true : undefined}
          aria-describedby={describedBy("signup-school", false, schoolErrors)}
          className={`${controlClass} ${schoolErrors?.length ? "border-brand-600" : "border-gray-300"}`}
        >
          <option value="">학교를 선택하세요</option>
          {schools.map((school) => (
            <option key={school.id} value={school.id}>
              {school.name}
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton pending={form.pending} pendingLabel="가입하는 중…">
        회원가입
      </SubmitButton>
    </form>
  );
}
