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
  const viewer = await requireViewer("freshman");
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
              모두 읽음 표시
            </button>
          </ActionForm>
        )}
      </div>
      {items.length === 0 ? (
        <p className="rounded-xl border border-gray-200 bg-white p-6 text-center text-sm text-gray-500">
          새 알림이 없습니다.
        </p>
      ) : (
        <ul className="divide-y divide-gray-100 overflow-hidden rounded-xl border border-gray-200 bg-white">
          {items.map((n) => (
            // Unread: a tinted row with a brand bar and dot, bold text ("새 알림" for screen
            // readers). Read: a plain row in muted text. The button is an action, so it says one.
            <li
              key={n.id}
              className={`flex items-start gap-2 border-l-4 px-4 py-3 ${
                n.isRead ? "border-l-transparent" : "border-l-brand-600 bg-brand-50/60"
              }`}
            >
              <Link href={n.link} className="min-w-0 flex-1">
                {!n.isRead && (
                  <span
                    aria-hidden="true"
                    className="mr-1.5 inline-block h-2 w-2 rounded-full bg-brand-600 align-middle"
                  />
                )}
                <span className="sr-only">{n.isRead ? "읽은 알림: " : "새 알림: "}</span>
                <span className="mr-1.5 inline-block rounded bg-gray-100 px-1.5 py-0.5 text-[11px] font-semibold text-gray-600">
                  {KIND_LABEL[n.kind] ?? n.kind}
                </span>
                <span
                  className={`text-sm break-words ${n.isRead ? "text-gray-500" : "font-semibold text-gray-900"}`}
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
                    className="shrink-0 rounded-md border border-gray-300 bg-white px-2 py-1 text-xs font-medium whitespace-nowrap text-gray-700 hover:bg-gray-50"
                    aria-label={`읽음 표시: ${n.text}`}
                  >
                    읽음 표시
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
