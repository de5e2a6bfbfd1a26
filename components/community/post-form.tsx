"use client";

import Link from "next/link";
import { startTransition, useActionState, useCallback, useState } from "react";
import type { PostFormState } from "@/lib/community/actions";
import { CONTENT_MAX, PHOTOS_MAX, TITLE_MAX } from "@/lib/community/schemas";
import { PhotoUploader } from "./photo-uploader";

type Props = {
  mode: "create" | "edit";
  action: (prev: PostFormState, formData: FormData) => Promise<PostFormState>;
  cancelHref: string;
  /** SECRET board: every post is anonymous, so there is no checkbox. */
  anonymousOnly?: boolean;
  initial?: { title: string; content: string };
  uploadMaxBytes?: number;
};

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-brand-600 empty:hidden">
      {messages?.[0]}
    </p>
  );
}

/** 글쓰기 / 글 수정. Submitted through the server action; disabled while it runs or a photo is uploading. */
export function PostForm({ mode, action, cancelHref, anonymousOnly = false, initial, uploadMaxBytes = 10 * 1024 * 1024 }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const [uploading, setUploading] = useState(false);
  const [contentLength, setContentLength] = useState(initial?.content.length ?? 0);
  const onBusyChange = useCallback((busy: boolean) => setUploading(busy), []);
  const busy = pending || uploading;
  // A field's message goes away once the field is edited; a new answer brings back its own.
  const [answered, setAnswered] = useState(state);
  const [edited, setEdited] = useState<Set<string>>(new Set());
  if (answered !== state) {
    setAnswered(state);
    setEdited(new Set());
  }
  const fields = Object.fromEntries(Object.entries(state.fields ?? {}).filter(([name]) => !edited.has(name)));
  const markEdited = (name: string) => {
    if (state.fields?.[name] && !edited.has(name)) setEdited(new Set(edited).add(name));
  };

  // Dispatched by hand (not <form action>) so a refused submit keeps what was typed.
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    const formData = new FormData(e.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-xl border border-gray-200 bg-white p-4">
      <div>
        <label htmlFor="post-title" className="block text-sm font-medium text-gray-700">
          제목
        </label>
        <input
          id="post-title"
          name="title"
          defaultValue={initial?.title}
          maxLength={TITLE_MAX}
          required
          onChange={() => markEdited("title")}
          aria-invalid={fields.title ? true : undefined}
          aria-describedby="post-title-error"
          className="mt-1 w-full rounded-md border border-gray-300 px-3 py-2"
        />
        <FieldError id="post-title-error" messages={fields.title} />
      </div>
      <div>
        <div className="flex items-baseline justify-between">
          <label htmlFor="post-content" className="block text-sm font-medium text-gray-700">
            내용
          </label>
          <span className="text-xs text-gray-400" aria-hidden="true">
            {contentLength.toLocaleString("ko-KR")}/{CONTENT_MAX.toLocaleString("ko-KR")}
          </span>
        </div>
        <textarea
          id="post-content"
          name="content"
          defaultValue={initial?.content}
          maxLength={CONTENT_MAX}
          required
          rows={10}
          onChange={(e) => {
            setContentLength(e.currentTarget.value.length);
            markEdited("content");
          }}
          aria-invalid={fields.content ? true : undefined}
          aria-describedby="post-content-error"
          className="mt-1 w-full resize-y rounded-md border border-gray-300 px-3 py-2 leading-relaxed"
        />
        <FieldError id="post-content-error" messages={fields.content} />
      </div>
      {mode === "create" && (
        <>
          <PhotoUploader max={PHOTOS_MAX} maxBytes={uploadMaxBytes} error={fields.photoIds?.[0]} onBusyChange={onBusyChange} />
          {anonymousOnly ? (
            <p className="text-sm text-gray-600">이 게시판의 글은 모두 익명으로 작성됩니다.</p>
          ) : (
            <label className="inline-flex items-center gap-2 text-sm text-gray-700">
              <input type="checkbox" name="isAnonymous" className="h-4 w-4 accent-brand-600" />
              익명
            </label>
          )}
        </>
      )}
      <p role="alert" className="text-sm text-brand-600 empty:hidden">
        {state.fields && !Object.keys(fields).length ? null : state.message}
      </p>
      <div className="flex justify-end gap-2">
        <Link href={cancelHref} className="rounded-md px-4 py-2 text-sm text-gray-600 hover:bg-gray-100">
          취소
        </Link>
        <button
          type="submit"
          disabled={busy}
          className="rounded-md bg-brand-600 px-5 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:opacity-60"
        >
          {pending ? "저장 중…" : uploading ? "사진 올리는 중…" : mode === "create" ? "작성 완료" : "수정 완료"}
        </button>
      </div>
    </form>
  );
}
