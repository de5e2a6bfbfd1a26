"use client";

/** 차단, after the browser's confirm dialog. */
export function BlockButton({ threadId, action }: { threadId: number; action: (formData: FormData) => Promise<void> }) {
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("이 쪽지 상대를 차단할까요? 차단하면 서로 쪽지를 보낼 수 없습니다.")) e.preventDefault();
      }}
    >
      <input type="hidden" name="threadId" value={threadId} />
      <button type="submit" className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100">
        차단
      </button>
    </form>
  );
}
