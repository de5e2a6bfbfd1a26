"use client";

import { useState, useTransition } from "react";
import type { CommentDto } from "@/lib/community/comment-dto";
import { loadMoreRepliesAction } from "@/lib/community/comment-actions";
import { refusalText } from "@/lib/http/action-state";
import { ReplyItem } from "./reply-item";

type Props = {
  commentId: number;
  cursor: string;
  remaining: number;
  now: number;
  canModerate: boolean;
};

/** 답글 더 보기: the replies past the first page, a page per press (the thread shows REPLY_PAGE_SIZE at first). */
export function MoreReplies({
  commentId,
  cursor: firstCursor,
  remaining,
  now,
  canModerate,
}: Props) {
  const [loaded, setLoaded] = useState<CommentDto[]>([]);
  const [cursor, setCursor] = useState<string | null>(firstCursor);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const left = Math.max(0, remaining - loaded.length);

  const loadMore = () =>
    startTransition(async () => {
      if (!cursor) return;
      const state = await loadMoreRepliesAction({ commentId, cursor });
      const page = state.data;
      if (!state.ok || !page) {
        setError(refusalText(state) ?? "답글을 불러오지 못했습니다.");
        return;
      }
      setError(null);
      setLoaded((prev) => [...prev, ...page.items.filter((r) => !prev.some((p) => p.id === r.id))]);
      setCursor(page.nextCursor);
    });

  return (
    <>
      {loaded.length > 0 && (
        <ul className="mt-2 space-y-2" aria-label="더 불러온 답글">
          {loaded.map((reply) => (
            <ReplyItem key={reply.id} reply={reply} now={now} canModerate={canModerate} />
          ))}
        </ul>
      )}
      {cursor && (
        <button
          type="button"
          onClick={loadMore}
          disabled={pending}
          className="mt-2 ml-4 rounded px-2 py-1 text-xs font-medium text-gray-600 hover:bg-gray-100 disabled:opacity-60"
        >
          {pending ? "불러오는 중…" : left > 0 ? `답글 더 보기 (${left})` : "답글 더 보기"}
        </button>
      )}
      {error && (
        <p role="alert" className="mt-1 ml-4 text-xs text-red-600">
          {error}
        </p>
      )}
    </>
  );
}
