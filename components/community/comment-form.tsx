"use client";

import { useId, useState } from "react";
import { createCommentAction } from "@/lib/community/comment-actions";
import { COMMENT_MAX_LENGTH } from "@/lib/community/comment-schemas";
import { Button, SubmitButton } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FieldErrors } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

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

/** 댓글 / 답글 form: textarea with a 300-character counter, 익명 checkbox (ticked by default), 등록. */
export function CommentForm({
  postId,
  parentId,
  anonymousOnly,
  autoFocus,
  onSaved,
  onCancel,
}: Props) {
  const form = useActionForm(createCommentAction, { onSuccess: () => onSaved?.() });
  const { state } = form;
  const id = useId();
  const contentId = `${id}-content`;
  const errorId = `${id}-error`;
  const isReply = parentId !== undefined;
  const typed = form.value("content", "") ?? "";
  // The counter follows the refilled textarea after each answer, then what is typed.
  const [length, setLength] = useState<{ key: string; n: number } | null>(null);
  const count = length?.key === form.fieldKey ? length.n : typed.length;

  // Every refusal goes under the textarea: the content's own message, else the form's.
  const contentErrors = state.ok
    ? undefined
    : (state.fieldErrors?.content ??
      (state.message
        ? [
            state.fieldErrors
              ? (Object.values(state.fieldErrors).flat()[0] ?? state.message)
              : state.message,
          ]
        : undefined));

  return (
    <form
      action={form.formAction}
      className={isReply ? "mt-2" : ""}
      aria-label={isReply ? "답글 쓰기" : "댓글 쓰기"}
    >
      <input type="hidden" name="postId" value={postId} />
      {isReply && <input type="hidden" name="parentId" value={parentId} />}
      {anonymousOnly && <input type="hidden" name="isAnonymous" value="on" />}
      <div
        className={`rounded-lg border bg-white ${contentErrors ? "border-brand-500" : "border-gray-300"} focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-100`}
      >
        <label htmlFor={contentId} className="sr-only">
          {isReply ? "답글 내용" : "댓글 내용"}
        </label>
        <textarea
          key={`content-${form.fieldKey}`}
          id={contentId}
          name="content"
          defaultValue={typed}
          required
          maxLength={COMMENT_MAX_LENGTH}
          rows={isReply ? 2 : 3}
          autoFocus={autoFocus}
          placeholder={isReply ? "답글을 입력하세요." : "댓글을 입력하세요."}
          aria-invalid={contentErrors ? true : undefined}
          aria-describedby={`${id}-count${contentErrors ? ` ${errorId}` : ""}`}
          onInput={(e) => setLength({ key: form.fieldKey, n: e.currentTarget.value.length })}
          // The box around the textarea shows focus (focus-within), not a second outline inside it.
          style={{ outline: "none" }}
          className="block w-full resize-y rounded-t-lg bg-transparent px-3 py-2 text-sm outline-none placeholder:text-gray-400"
        />
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2 border-t border-gray-100 px-3 py-2">
          {anonymousOnly ? (
            <span className="text-xs text-gray-500">익명으로 작성됩니다</span>
          ) : (
            <Checkbox
              key={`anon-${form.fieldKey}`}
              name="isAnonymous"
              label="익명"
              defaultChecked={form.checked("isAnonymous", true)}
            />
          )}
          <span
            id={`${id}-count`}
            className={`ml-auto text-xs tabular-nums ${count >= COMMENT_MAX_LENGTH ? "text-brand-600" : "text-gray-400"}`}
          >
            <span className="sr-only">글자 수 </span>
            {count}/{COMMENT_MAX_LENGTH}
          </span>
          {onCancel && (
            <Button variant="ghost" size="sm" onClick={onCancel}>
              취소
            </Button>
          )}
          <SubmitButton size="sm" pending={form.pending} pendingLabel="등록 중…">
            등록
          </SubmitButton>
        </div>
      </div>
      <div className="mt-1 px-1">
        <FieldErrors id={id} errors={contentErrors?.slice(0, 1)} />
      </div>
    </form>
  );
}
