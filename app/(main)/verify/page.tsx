import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { getVerificationStatus } from "@/lib/verification/status";
import { EmailVerification } from "@/components/verification/email-verification";
import { DocumentUpload } from "@/components/verification/document-upload";
import { DOCUMENT_LABELS } from "@/lib/verification/schemas";

export const metadata: Metadata = { title: "학교 인증" };

const LEVEL_TEXT = {
  NONE: "아직 인증하지 않았어요",
  FRESHMAN: "새내기 (합격증명서)",
  STUDENT: "재학생",
  GRADUATE: "졸업생",
} as const;

// 학교 인증: every signed-in account reaches it; pages of the school send unverified students here.
export default async function VerifyPage() {
  const viewer = await requireViewer("account");
  const status = await getVerificationStatus(viewer);
  const verified = status.verification === "STUDENT" || status.verification === "GRADUATE";
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-xl font-bold">학교 인증</h1>
      <section
        aria-labelledby="verify-state"
        className="rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="verify-state" className="sr-only">
          인증 상태
        </h2>
        <p className="text-sm">
          인증 상태: <strong>{LEVEL_TEXT[status.verification]}</strong>
          {status.schoolEmail && <span className="break-all"> · {status.schoolEmail}</span>}
        </p>
        {verified ? (
          <p className="mt-2 text-sm text-gray-600">
            학교 인증을 마쳤어요.{" "}
            <Link
              href="/"
              className="font-semibold text-brand-600 underline-offset-2 hover:underline"
            >
              게시판으로 가기
            </Link>
          </p>
        ) : (
          <p className="mt-2 text-sm text-gray-600">
            우리 학교 학생만 들어올 수 있도록, 학교 이메일이나 학생증으로 인증해 주세요.
          </p>
        )}
      </section>

      {!verified && (
        <section
          aria-labelledby="verify-email-heading"
          className="rounded-xl border border-gray-200 bg-white p-4"
        >
          <h2 id="verify-email-heading" className="mb-3 font-bold">
            학교 이메일로 인증
          </h2>
          <EmailVerification domains={status.schoolDomains} pending={status.pendingCode} />
        </section>
      )}

      {!verified && (
        <section
          aria-labelledby="verify-document-heading"
          className="rounded-xl border border-gray-200 bg-white p-4"
        >
          <h2 id="verify-document-heading" className="mb-1 font-bold">
            서류로 인증
          </h2>
          <p className="mb-3 text-sm text-gray-600">
            학교 이메일이 없다면 학생증, 합격증명서(새내기) 또는 졸업증명서 사진을 보내 주세요.
          </p>
          {status.document?.status === "REJECTED" && (
            <p className="mb-3 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700">
              보낸 서류({DOCUMENT_LABELS[status.document.kind as keyof typeof DOCUMENT_LABELS]})가
              반려됐어요{status.document.reason ? ` (사유: ${status.document.reason})` : ""}. 다시
              보내 주세요.
            </p>
          )}
          <DocumentUpload pending={status.document?.status === "PENDING"} />
        </section>
      )}
    </div>
  );
}
