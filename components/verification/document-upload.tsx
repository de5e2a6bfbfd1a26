"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { DOCUMENT_KINDS, DOCUMENT_LABELS } from "@/lib/verification/schemas";
import { Button } from "@/components/ui/button";

/**
 * 서류로 인증: a photo of 학생증, 합격증명서 or 졸업증명서 for students without school webmail. A
 * file cannot go through a server action (lib/http/with-action.ts), so the form posts to
 * POST /api/v1/me/verification/document with the session cookie, as the API's own client.
 */
export function DocumentUpload({ pending }: { pending: boolean }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setMessage(null);
        try {
          const res = await fetch("/api/v1/me/verification/document", {
            method: "POST",
            body: new FormData(e.currentTarget),
          });
          if (res.ok) {
            setMessage({
              ok: true,
              text: "서류를 제출했습니다. 학교 관리자가 확인하면 알려 드릴게요.",
            });
            router.refresh();
          } else {
            const body = (await res.json().catch(() => null)) as {
              error?: { message?: string; fields?: Record<string, string[]> };
            } | null;
            const field = body?.error?.fields
              ? Object.values(body.error.fields)[0]?.[0]
              : undefined;
            setMessage({
              ok: false,
              text: field ?? body?.error?.message ?? "제출하지 못했습니다.",
            });
          }
        } finally {
          setBusy(false);
        }
      }}
    >
      {pending && (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          제출한 서류를 확인하고 있어요. 다시 제출하면 앞의 서류는 바뀝니다.
        </p>
      )}
      <fieldset className="space-y-1">
        <legend className="text-sm font-semibold">서류 종류</legend>
        {DOCUMENT_KINDS.map((kind, i) => (
          <label key={kind} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="kind"
              value={kind}
              defaultChecked={i === 0}
              className="size-4 accent-brand-600"
            />
            {DOCUMENT_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="verify-document" className="mb-1 block text-sm font-semibold">
          사진
        </label>
        <input
          id="verify-document"
          name="file"
          type="file"
          accept="image/jpeg,image/png,image/webp,image/gif"
          required
          className="block w-full text-sm"
        />
        <p className="mt-1 text-xs text-gray-500">
          이름, 학교, 학번(또는 합격·졸업 사실)이 보이게 찍어 주세요. 사진은 학교 관리자만 보고,
          심사가 끝나면 지워집니다.
        </p>
      </div>
      <div aria-live="polite">
        {message && (
          <p
            role={message.ok ? "status" : "alert"}
            className={`rounded-lg px-3 py-2 text-sm ${message.ok ? "bg-emerald-50 text-emerald-800" : "bg-brand-50 text-brand-700"}`}
          >
            {message.text}
          </p>
        )}
      </div>
      <Button type="submit" size="md" pending={busy} pendingLabel="올리는 중…">
        서류 제출
      </Button>
    </form>
  );
}
