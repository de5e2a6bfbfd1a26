import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { listReportQueue } from "@/lib/reports/service";
import { ActionForm } from "@/components/ui/action-form";
import { resolveReportAction } from "@/lib/reports/actions";
import { formatRelativeTime } from "@/lib/format/relative-time";

export const metadata: Metadata = { title: "신고 관리" };

const KIND_LABEL = { POST: "글", COMMENT: "댓글", THREAD: "쪽지", BOOK: "책방" } as const;

export default async function ReportQueuePage() {
  const viewer = await requireViewer();
  if (!viewer.isAdmin) notFound();
  const { items } = await listReportQueue(viewer, { limit: 100 });
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-lg font-bold">신고 관리</h1>
      {items.length === 0 ? (
        <p className="rounded-xl border border-gray-200 bg-white p-6 text-center text-sm text-gray-500">
          처리할 신고가 없습니다.
        </p>
      ) : (
        <ul className="space-y-2">
          {items.map((item) => {
            const [kind, id] = Object.entries(item.target)[0] as [string, number];
            const targetKind =
              kind === "postId"
                ? "post"
                : kind === "commentId"
                  ? "comment"
                  : kind === "bookId"
                    ? "book"
                    : "thread";
            return (
              <li
                key={`${item.kind}-${id}`}
                className="rounded-xl border border-gray-200 bg-white p-4"
              >
                <div className="flex items-center gap-2 text-sm">
                  <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold">
                    {KIND_LABEL[item.kind]}
                  </span>
                  <span className="font-bold text-brand-600">신고 {item.count}건</span>
                  {item.hidden && <span className="text-xs text-gray-500">숨겨짐</span>}
                  <span className="ml-auto text-xs text-gray-400">
                    {formatRelativeTime(item.lastReportedAt)}
                  </span>
                </div>
                <p className="mt-2 text-sm break-words text-gray-800">
                  {item.link ? (
                    <Link href={item.link} className="hover:underline">
                      {item.excerpt || "(내용 없음)"}
                    </Link>
                  ) : (
                    item.excerpt || "(내용 없음)"
                  )}
                </p>
                <ul
                  className="mt-2 flex flex-wrap gap-1 text-xs text-gray-600"
                  aria-label="신고 사유"
                >
                  {item.reasons.map((r) => (
                    <li key={r.reason} className="rounded-full bg-gray-100 px-2 py-0.5">
                      {r.label} {r.count}
                    </li>
                  ))}
                </ul>
                <ActionForm action={resolveReportAction} className="mt-3 flex flex-wrap gap-2">
                  <input type="hidden" name="targetKind" value={targetKind} />
                  <input type="hidden" name="targetId" value={id} />
                  <button
                    type="submit"
                    name="action"
                    value="KEEP"
                    className="flex-1 rounded-lg border border-gray-300 py-2 text-sm font-semibold hover:bg-gray-50"
                  >
                    유지
                  </button>
                  <button
                    type="submit"
                    name="action"
                    value="REMOVE"
                    className="flex-1 rounded-lg bg-brand-600 py-2 text-sm font-semibold text-white"
                  >
                    삭제
                  </button>
                </ActionForm>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
