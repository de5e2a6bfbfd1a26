"use client";

import { useState, useTransition } from "react";
import { deleteCommentAction } from "@/lib/community/comment-actions";
import { refusalText } from "@/lib/http/action-state";

/** 삭제 on one's own comment (or any, for an admin), after a confirm. */
export function CommentDeleteButton({
  commentId,
  className,
}: {
  commentId: number;
  className?: string;
}) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function onClick() {
    if (!window.confirm("댓글을 삭제할까요?")) return;
    setError(null);
    startTransition(async () => {
      const state = await deleteCommentAction({ commentId });
      if (!state.ok) setError(refusalText(state) ?? "삭제하지 못했습니다.");
    });
  }

  return (
    <>
      <button type="button" onClick={onClick} disabled={pending} className={className}>
        {pending ? "삭제 중…" : "삭제"}
      </button>
      {error && (
        <span role="alert" className="basis-full text-right text-xs text-brand-600">
          {error}
        </span>
      )}
    </>
  );
}
