"use client";

import { useActionState, useEffect, useId, useState } from "react";
import { createCommentAction, type CommentFormState } from "@/lib/community/comment-actions";
import { COMMENT_MAX_LENGTH } from "@/lib/community/comment-schemas";

const initialState: CommentFormState = { status: "idle" };

type Props = {
  postId: number;
  /** Set for a reply (답글): the top-level comment it goes under. */
  parentId?: number;
  /** SECRET board: always anonymous, no checkbox. */
  anonymousOnly: boolean;
  autoFocus?: boolean;
  onSaved?: () => void;
  onCancel?: () => void;
};

/** 댓글 / 답글 form: textarea with a 300-character counter, 익명 checkbox, 등록. */
export function CommentForm({ postId, parentId, anonymousOnly, autoFocus, onSaved, onCancel }: Props) {
  const [state, formAction, pending] = useActionState(createCommentAction, initialState);
  const [length, setLength] = useState(0);
  const [seen, setSeen] = useState(state);
  const id = useId();
  const contentId = `${id}-content`;
  const errorId = `${id}-error`;
  const isReply = parentId !== undefined;

  // React resets the form after each submission: after a success the counter goes back to 0,
  // after a refusal the textarea is refilled (defaultValue below) and the counter follows it.
  if (state !== seen) {
    setSeen(state);
    setLength(state.status === "error" ? (state.content ?? "").length : 0);
  }
  useEffect(() => {
    if (state.status === "ok") onSaved?.();
  }, [state, onSaved]);

  const contentError = state.status === "error" ? (state.fields?.content ?? state.fields?.parentId ?? (state.fields ? undefined : [state.message])) : undefined;
  const formError = state.status === "error" && !contentError ? state.message : undefined;

  return (
    <form action={formAction} className={isReply ? "mt-2" : ""} aria-label={isReply ? "답글 쓰기" : "댓글 쓰기"}>
      <input type="hidden" name="postId" value={postId} />
      {isReply && <input type="hidden" name="parentId" value={parentId} />}
      {anonymousOnly && <input type="hidden" name="isAnonymous" value="on" />}
      <div className={`rounded-lg border bg-white ${contentError ? "border-brand-500" : "border-gray-300"} focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-100`}>
        <label htmlFor={contentId} className="sr-only">
          {isReply ? "답글 내용" : "댓글 내용"}
        </label>
        <textarea
          id={contentId}
          name="content"
          defaultValue={state.status === "error" ? state.content : ""}
          required
          maxLength={COMMENT_MAX_LENGTH}
          rows={isReply ? 2 : 3}
          autoFocus={autoFocus}
          placeholder={isReply ? "답글을 입력하세요." : "댓글을 입력하세요."}
          aria-invalid={contentError ? true : undefined}
          aria-describedby={`${id}-count${contentError ? ` ${errorId}` : ""}`}
          onInput={(e) => setLength(e.currentTarget.value.length)}
          // The box around the textarea shows focus (focus-within), not a second outline inside it.
          style={{ outline: "none" }}
          className="block w-full resize-y rounded-t-lg bg-transparent px-3 py-2 text-sm outline-none placeholder:text-gray-400"
        />
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-gray-100 px-3 py-2">
          {anonymousOnly ? (
            <span className="text-xs text-gray-500">익명으로 작성됩니다</span>
          ) : (
            <label className="flex cursor-pointer items-center gap-1.5 text-sm text-gray-700">
              <input type="checkbox" name="isAnonymous" defaultChecked={state.status === "error" ? state.isAnonymous : true} className="size-4 accent-brand-600" />
              익명
            </label>
          )}
          <span id={`${id}-count`} className={`ml-auto text-xs tabular-nums ${length >= COMMENT_MAX_LENGTH ? "text-brand-600" : "text-gray-400"}`}>
            <span className="sr-only">글자 수 </span>
            {length}/{COMMENT_MAX_LENGTH}
          </span>
          {onCancel && (
            <button type="button" onClick={onCancel} className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100">
              취소
            </button>
          )}
          <button
            type="submit"
            disabled={pending}
            className="rounded-md bg-brand-600 px-3.5 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
          >
            {pending ? "등록 중…" : "등록"}
          </button>
        </div>
      </div>
      <p id={errorId} aria-live="polite" className="mt-1 px-1 text-sm text-brand-600 empty:hidden">
        {contentError?.[0] ?? formError ?? ""}
      </p>
    </form>
  );
}
