"use client";

import { useActionState } from "react";
import { signupAction } from "@/lib/auth/actions";
import { initialAuthFormState } from "@/lib/auth/form-state";
import { NICKNAME_MAX, NICKNAME_MIN, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schemas";
import { controlClass, describedBy, Field, FormMessage, SubmitButton, TextField } from "@/components/auth/field";

type School = { id: number; name: string };

export function SignupForm({ schools }: { schools: School[] }) {
  const [state, action, pending] = useActionState(signupAction, initialAuthFormState);
  const values = state.values ?? {};
  // Inputs are re-created from the returned values after each attempt (React resets a form
  // once its action has run), so what the student typed stays; the password is typed again.
  const round = JSON.stringify(values);
  const schoolErrors = state.fields?.schoolId;
  return (
    <form action={action} noValidate className="space-y-4">
      <FormMessage status={state.status} message={state.message} />
      <TextField
        key={`email-${round}`}
        id="signup-email"
        name="email"
        type="email"
        label="이메일"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={values.email}
        errors={state.fields?.email}
      />
      <TextField
        id="signup-password"
        name="password"
        type="password"
        label="비밀번호"
        autoComplete="new-password"
        required
        hint={`${PASSWORD_MIN}~${PASSWORD_MAX}자`}
        errors={state.fields?.password}
      />
      <TextField
        key={`nickname-${round}`}
        id="signup-nickname"
        name="nickname"
        label="닉네임"
        autoComplete="nickname"
        required
        hint={`${NICKNAME_MIN}~${NICKNAME_MAX}자, 다른 학생에게 보이는 이름입니다.`}
        defaultValue={values.nickname}
        errors={state.fields?.nickname}
      />
      <Field id="signup-school" label="학교" errors={schoolErrors}>
        <select
          key={`school-${round}`}
          id="signup-school"
          name="schoolId"
          required
          defaultValue={values.schoolId ?? ""}
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
      <SubmitButton pending={pending} pendingLabel="가입하는 중…">
        회원가입
      </SubmitButton>
    </form>
  );
}
