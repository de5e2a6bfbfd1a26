"use client";

import { useState, useTransition } from "react";
import { deletePostAction } from "@/lib/community/actions";
import { refusalText } from "@/lib/http/action-state";
import { Button } from "@/components/ui/button";

/** 삭제, after the browser's confirm dialog; on success the action goes back to the board. */
export function DeletePostButton({ postId }: { postId: number }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <Button
        variant="danger"
        size="sm"
        pending={pending}
        pendingLabel="삭제 중…"
        onClick={() => {
          if (!window.confirm("이 글을 삭제할까요? 삭제한 글은 되돌릴 수 없습니다.")) return;
          setMessage(null);
          startTransition(async () => {
            const state = await deletePostAction({ postId });
            setMessage(refusalText(state) ?? null);
          });
        }}
      >
        삭제
      </Button>
      {message && (
        <p role="alert" className="w-full text-right text-xs text-brand-600">
          {message}
        </p>
      )}
    </>
  );
}
