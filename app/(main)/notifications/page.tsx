import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listNotifications } from "@/lib/notifications/service";
import { ActionForm } from "@/components/ui/action-form";
import { markReadAction } from "@/lib/notifications/actions";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";

export const metadata: Metadata = { title: "알림" };

const KIND_LABEL: Record<string, string> = {
  COMMENT: "댓글",
  REPLY: "답글",
  HOT: "HOT",
  FRIEND_REQUEST: "친구 요청",
  FRIEND_ACCEPTED: "친구",
  MESSAGE: "쪽지",
};

export default async function NotificationsPage() {
  const viewer = await requireViewer();
  const { items, unreadCount } = await listNotifications(viewer, { limit: 50 });
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <div className="flex items-center gap-2">
        <h1 className="text-lg font-bold">알림</h1>
        <span className="text-sm text-gray-500">읽지 않음 {unreadCount}개</span>
        {unreadCount > 0 && (
          <ActionForm action={markReadAction} className="ml-auto">
            <button
              type="submit"
              className="rounded-md border border-gray-300 px-3 py-1.5 text-sm hover:bg-gray-50"
            >
              모두 읽음
            </button>
          </ActionForm>
        )}
      </div>
      {items.length === 0 ? (
        <p className="rounded-xl border border-gray-200 bg-white p-6 text-center text-sm text-gray-500">
          새 알림이 없습니다.
        </p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-xl border border-gray-200 bg-white">
          {items.map((n) => (
            <li
              key={n.id}
              className={`flex items-start gap-2 px-4 py-3 ${n.isRead ? "" : "bg-brand-50/60"}`}
            >
              <Link href={n.link} className="min-w-0 flex-1">
                <span className="mr-1.5 inline-block rounded bg-gray-100 px-1.5 py-0.5 text-[11px] font-semibold text-gray-600">
                  {KIND_LABEL[n.kind] ?? n.kind}
                </span>
                <span
                  className={`text-sm break-words ${n.isRead ? "text-gray-600" : "font-medium text-gray-900"}`}
                >
                  {n.text}
                </span>
                <time
                  dateTime={n.createdAt}
                  title={formatDateTime(n.createdAt)}
                  className="mt-0.5 block text-xs text-gray-400"
                >
                  {formatRelativeTime(n.createdAt)}
                </time>
              </Link>
              {!n.isRead && (
                <ActionForm action={markReadAction}>
                  <input type="hidden" name="id" value={n.id} />
                  <button
                    type="submit"
                    className="shrink-0 rounded px-2 py-1 text-xs text-gray-500 hover:bg-gray-100"
                    aria-label={`읽음 표시: ${n.text}`}
                  >
                    읽음
                  </button>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
