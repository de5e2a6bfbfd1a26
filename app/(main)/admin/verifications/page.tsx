import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { listDocumentQueue } from "@/lib/verification/documents";
import { DOCUMENT_LABELS } from "@/lib/verification/schemas";
import { decideDocumentAction } from "@/lib/verification/admin-actions";
import { ActionForm } from "@/components/ui/action-form";
import { formatRelativeTime } from "@/lib/format/relative-time";

export const metadata: Metadata = { title: "학교 인증 심사" };

// The school admins' queue of 학교 인증 documents: the photo (served to them only, never cached),
// 승인 or 반려 with a reason. Deciding deletes the photo and tells the student.
export default async function VerificationQueuePage() {
  const viewer = await requireViewer();
  if (!viewer.isAdmin) notFound();
  const { items } = await listDocumentQueue(viewer, { limit: 50 });
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-lg font-bold">학교 인증 심사</h1>
      {items.length === 0 ? (
        <p className="rounded-xl border border-gray-200 bg-white p-6 text-center text-sm text-gray-500">
          심사할 서류가 없습니다.
        </p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-xl border border-gray-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold">
                  {DOCUMENT_LABELS[item.kind]}
                </span>
                <span className="font-semibold">{item.user.nickname}</span>
                <span className="break-all text-gray-500">{item.user.email}</span>
                <span className="ml-auto text-xs text-gray-400">
                  {formatRelativeTime(item.createdAt)}
                </span>
              </div>
              {/* eslint-disable-next-line @next/next/no-img-element -- a private, uncached image */}
              <img
                src={item.photoUrl}
                alt={`${item.user.nickname}님이 제출한 ${DOCUMENT_LABELS[item.kind]}`}
                className="mt-3 max-h-96 w-full rounded-lg border border-gray-100 object-contain"
              />
              <ActionForm action={decideDocumentAction} className="mt-3 flex flex-wrap gap-2">
                <input type="hidden" name="id" value={item.id} />
                <label className="basis-full text-sm" htmlFor={`reason-${item.id}`}>
                  반려 사유 (선택)
                </label>
                <input
                  id={`reason-${item.id}`}
                  name="reason"
                  maxLength={200}
                  className="min-w-0 basis-full rounded-lg border border-gray-300 px-3 py-2 text-base"
                />
                <button
                  type="submit"
                  name="decision"
                  value="APPROVE"
                  className="flex-1 rounded-lg bg-brand-600 py-2 text-sm font-semibold text-white"
                >
                  승인
                </button>
                <button
                  type="submit"
                  name="decision"
                  value="REJECT"
                  className="flex-1 rounded-lg border border-gray-300 py-2 text-sm font-semibold hover:bg-gray-50"
                >
                  반려
                </button>
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
