"use client";

import { useEffect, useState } from "react";
import { confirmCodeAction, requestCodeAction } from "@/lib/verification/actions";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/** Seconds left until `at` (ISO), ticking every second; 0 once passed. */
function useSecondsUntil(at: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!at) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at ? Math.max(0, Math.ceil((Date.parse(at) - now) / 1000)) : 0;
}

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

/**
 * 학교 이메일로 인증: the address, then the 6-digit code with the time left and a resend countdown
 * (one request a minute). A refusal (wrong domain, 429, wrong or void code) shows by its field.
 */
export function EmailVerification({
  domains,
  pending,
}: {
  domains: string[];
  pending: { sentTo: string; expiresAt: string; resendAt: string } | null;
}) {
  const [sent, setSent] = useState(pending);
  const request = useActionForm(requestCodeAction, {
    onSuccess: (state) =>
      state.data &&
      setSent({
        ...state.data,
        resendAt: new Date(Date.now() + 60_000).toISOString(),
      }),
  });
  const confirm = useActionForm(confirmCodeAction);
  const resendIn = useSecondsUntil(sent?.resendAt ?? null);
  const expiresIn = useSecondsUntil(sent?.expiresAt ?? null);
  const placeholder = domains[0] ? `학번@${domains[0]}` : "학교 이메일";

  return (
    <div className="space-y-5">
      <form action={request.formAction} noValidate className="space-y-3">
        <TextField
          key={request.fieldKey}
          id="verify-school-email"
          name="schoolEmail"
          type="email"
          label="학교 이메일"
          autoComplete="email"
          inputMode="email"
          placeholder={placeholder}
          defaultValue={request.value("schoolEmail", sent?.sentTo)}
          hint={
            domains.length
              ? `${domains.map((d) => `@${d}`).join(", ")} 주소(하위 도메인 포함)만 쓸 수 있어요.`
              : undefined
          }
          errors={request.errors("schoolEmail")}
          required
        />
        <FormMessage state={request.state} shownFields={["schoolEmail"]} />
        <SubmitButton
          size="md"
          pending={request.pending}
          pendingLabel="보내는 중…"
          disabled={resendIn > 0}
        >
          {sent
            ? resendIn > 0
              ? `${resendIn}초 후 다시 받기`
              : "인증 코드 다시 받기"
            : "인증 코드 받기"}
        </SubmitButton>
      </form>

      {sent && (
        <form
          action={confirm.formAction}
          noValidate
          className="space-y-3 border-t border-gray-100 pt-4"
        >
          <p className="text-sm text-gray-600">
            <strong className="break-all">{sent.sentTo}</strong>(으)로 보낸 6자리 코드를 입력해
            주세요.{" "}
            <span aria-live="polite">
              {expiresIn > 0
                ? `남은 시간 ${mmss(expiresIn)}`
                : "코드가 만료되었습니다. 다시 받아 주세요."}
            </span>
          </p>
          <TextField
            key={confirm.fieldKey}
            id="verify-code"
            name="code"
            label="인증 코드"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            required
            errors={confirm.errors("code")}
          />
          <FormMessage state={confirm.state} shownFields={["code"]} />
          <SubmitButton size="md" pending={confirm.pending} pendingLabel="확인하는 중…">
            인증하기
          </SubmitButton>
        </form>
      )}
    </div>
  );
}
