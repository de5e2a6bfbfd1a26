import { blockThreadAction } from "@/lib/messages/actions";
import { ActionForm } from "@/components/ui/action-form";

/** 차단, after the browser's confirm dialog. */
export function BlockButton({ threadId }: { threadId: number }) {
  return (
    <ActionForm
      action={blockThreadAction}
      confirm="이 쪽지 상대를 차단할까요? 차단하면 서로 쪽지를 보낼 수 없습니다."
    >
      <input type="hidden" name="threadId" value={threadId} />
      <button
        type="submit"
        className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100"
      >
        차단
      </button>
    </ActionForm>
  );
}
