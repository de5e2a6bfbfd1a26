"use client";

import { useState, useTransition } from "react";
import { deletePostAction } from "@/lib/community/actions";

/** 삭제, after the browser's confirm dialog; on success the action goes back to the board. */
export function DeletePostButton({ postId }: { postId: number }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={() => {
          if (!window.confirm("이 글을 삭제할까요? 삭제한 글은 되돌릴 수 없습니다.")) return;
          setMessage(null);
          startTransition(async () => {
            const failure = await deletePostAction(postId);
            if (failure) setMessage(failure.message);
          });
        }}
        className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100 hover:text-brand-700 disabled:opacity-60"
      >
        {pending ? "삭제 중…" : "삭제"}
      </button>
      {message && (
        <p role="alert" className="w-full text-right text-xs text-brand-600">
          {message}
        </p>
      )}
    </>
  );
}
