import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { listThreads } from "@/lib/messages/service";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";

export const metadata: Metadata = { title: "쪽지함" };

export default async function InboxPage() {
  const viewer = await requireViewer();
  const { items } = await listThreads(viewer, { limit: 50 });
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-lg font-bold">쪽지함</h1>
      {items.length === 0 ? (
        <p className="rounded-xl border border-gray-200 bg-white p-6 text-center text-sm text-gray-500">
          주고받은 쪽지가 없습니다. 글이나 댓글의 ‘쪽지 보내기’로 시작해 보세요.
        </p>
      ) : (
        <ul className="divide-y divide-gray-100 rounded-xl border border-gray-200 bg-white">
          {items.map((t) => (
            <li key={t.id}>
              <Link
                href={`/messages/${t.id}`}
                className="flex items-start gap-3 px-4 py-3 hover:bg-gray-50"
              >
                <div className="min-w-0 flex-1">
                  <div className="flex items-center gap-2">
                    <span className="truncate font-semibold">{t.counterpart.name}</span>
                    {t.lastMessage && (
                      <time
                        dateTime={t.lastMessage.createdAt}
                        title={formatDateTime(t.lastMessage.createdAt)}
                        className="ml-auto shrink-0 text-xs text-gray-400"
                      >
                        {formatRelativeTime(t.lastMessage.createdAt)}
                      </time>
                    )}
                  </div>
                  <p className="mt-0.5 truncate text-sm text-gray-600">
                    {t.lastMessage?.isMine && <span className="text-gray-400">나: </span>}
                    {t.lastMessage?.content}
                  </p>
                </div>
                {t.unreadCount > 0 && (
                  <span className="mt-0.5 shrink-0 rounded-full bg-brand-600 px-2 text-xs leading-5 font-bold text-white">
                    <span aria-hidden="true">{t.unreadCount}</span>
                    <span className="sr-only">{`읽지 않은 쪽지 ${t.unreadCount}개`}</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
