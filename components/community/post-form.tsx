"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { createPostAction, updatePostAction } from "@/lib/community/actions";
import { CONTENT_MAX, PHOTOS_MAX, TITLE_MAX } from "@/lib/community/schemas";
import { buttonClass, SubmitButton } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PhotoUploader } from "./photo-uploader";

type Props = {
  cancelHref: string;
  uploadMaxBytes?: number;
} & (
  | {
      mode: "create";
      boardId: number;
      /** SECRET board: every post is anonymous, so there is no checkbox. */
      anonymousOnly?: boolean;
    }
  | { mode: "edit"; postId: number; initial: { title: string; content: string } }
);

const SHOWN_FIELDS = ["title", "content", "photoIds"];

/**
 * 글쓰기 / 글 수정 through the server action. A refused submit keeps what was typed (the fields
 * come back with the submitted values); 익명 is ticked by default, as in 댓글.
 */
export function PostForm(props: Props) {
  const { mode, cancelHref, uploadMaxBytes = 10 * 1024 * 1024 } = props;
  const form = useActionForm(mode === "create" ? createPostAction : updatePostAction);
  const initial = props.mode === "edit" ? props.initial : undefined;
  const [uploading, setUploading] = useState(false);
  const [contentLength, setContentLength] = useState<number | null>(null);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const content = form.value("content", initial?.content) ?? "";
  // The counter follows the refilled textarea after each answer, then what is typed.
  const [counted, setCounted] = useState(form.fieldKey);
  if (counted !== form.fieldKey) {
    setCounted(form.fieldKey);
    setContentLength(null);
  }
  const length = contentLength ?? content.length;

  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-4 rounded-xl border border-gray-200 bg-white p-4"
    >
      {props.mode === "create" ? (
        <input type="hidden" name="boardId" value={props.boardId} />
      ) : (
        <input type="hidden" name="postId" value={props.postId} />
      )}
      <TextField
        key={`title-${form.fieldKey}`}
        id="post-title"
        name="title"
        label="제목"
        defaultValue={form.value("title", initial?.title)}
        maxLength={TITLE_MAX}
        required
        errors={form.errors("title")}
      />
      <TextAreaField
        key={`content-${form.fieldKey}`}
        id="post-content"
        name="content"
        label="내용"
        labelAside={
          <span className="text-xs text-gray-400" aria-hidden="true">
            {length.toLocaleString("ko-KR")}/{CONTENT_MAX.toLocaleString("ko-KR")}
          </span>
        }
        defaultValue={content}
        maxLength={CONTENT_MAX}
        required
        rows={10}
        onChange={(e) => setContentLength(e.currentTarget.value.length)}
        errors={form.errors("content")}
      />
      {props.mode === "create" && (
        <>
          <PhotoUploader
            max={PHOTOS_MAX}
            maxBytes={uploadMaxBytes}
            error={form.errors("photoIds")?.[0]}
            onBusyChange={onBusyChange}
          />
          {props.anonymousOnly ? (
            <p className="text-sm text-gray-600">이 게시판의 글은 모두 익명으로 작성됩니다.</p>
          ) : (
            <Checkbox
              key={`anon-${form.fieldKey}`}
              name="isAnonymous"
              label="익명"
              defaultChecked={form.checked("isAnonymous", true)}
            />
          )}
        </>
      )}
      <FormMessage state={form.state} shownFields={SHOWN_FIELDS} />
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className={buttonClass("ghost")}>
          취소
        </Link>
        <SubmitButton size="md" pending={form.pending} pendingLabel="저장 중…" disabled={uploading}>
          {uploading ? "사진 올리는 중…" : mode === "create" ? "작성 완료" : "수정 완료"}
        </SubmitButton>
      </div>
    </form>
  );
}
