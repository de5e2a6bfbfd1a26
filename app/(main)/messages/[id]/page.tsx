import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { getThread } from "@/lib/messages/service";
import { originLine } from "@/lib/messages/schemas";
import { formatCommentTimestamp } from "@/lib/format/relative-time";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { ReplyForm } from "@/components/social/reply-form";
import { ReportButton } from "@/components/social/report-button";
import { BlockButton } from "@/components/social/block-button";

export const metadata: Metadata = { title: "쪽지" };

export default async function ThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const thread = await orNotFound(
    getThread(viewer, pageIdParam((await params).id), { limit: 100 }),
  );
  return (
    <div className="mx-auto flex max-w-2xl flex-col">
      <div className="flex items-center gap-2 pb-2">
        <Link href="/messages" className="rounded px-1 text-sm text-gray-500 hover:underline">
          ← 쪽지함
        </Link>
        <h1 className="min-w-0 truncate text-lg font-bold">{thread.counterpart.name}</h1>
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <ReportButton
            targetKind="thread"
            targetId={thread.id}
            className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100"
          />
          {!thread.blockedByMe && <BlockButton threadId={thread.id} />}
        </div>
      </div>
      <p className="rounded-lg bg-gray-100 px-3 py-2 text-center text-xs text-gray-600">
        {thread.origin.postId || thread.origin.bookId ? (
          <Link
            href={
              thread.origin.bookId
                ? `/books/${thread.origin.bookId}`
                : `/posts/${thread.origin.postId}`
            }
            className="hover:underline"
          >
            {originLine(thread.origin)}
          </Link>
        ) : (
          originLine(thread.origin)
        )}
      </p>
      <ol className="space-y-2 py-3" aria-label="쪽지 내용">
        {thread.items.map((m) => (
          <li key={m.id} className={`flex ${m.isMine ? "justify-end" : "justify-start"}`}>
            <div
              className={`max-w-[80%] rounded-2xl px-3 py-2 ${m.isMine ? "bg-brand-600 text-white" : "border border-gray-200 bg-white text-gray-900"}`}
            >
              <p className="sr-only">{m.isMine ? "보낸 쪽지" : "받은 쪽지"}</p>
              <p className="text-[15px] leading-relaxed break-words whitespace-pre-wrap">
                {m.content}
              </p>
              <time
                dateTime={m.createdAt}
                className={`mt-0.5 block text-right text-[11px] ${m.isMine ? "text-white/75" : "text-gray-400"}`}
              >
                {formatCommentTimestamp(m.createdAt)}
              </time>
            </div>
          </li>
        ))}
      </ol>
      {thread.canSend ? (
        <ReplyForm threadId={thread.id} />
      ) : (
        <p className="rounded-lg bg-gray-100 px-3 py-3 text-center text-sm text-gray-500">
          {thread.blockedByMe
            ? "차단한 쪽지입니다. 더 이상 쪽지를 주고받을 수 없습니다."
            : "쪽지를 보낼 수 없는 상대입니다."}
        </p>
      )}
    </div>
  );
}
