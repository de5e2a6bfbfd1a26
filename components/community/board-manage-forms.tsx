"use client";

import { handOverBoardAction, updateBoardDescriptionAction } from "@/lib/community/board-actions";
import { BOARD_DESCRIPTION_MAX } from "@/lib/community/board-schemas";
import { SubmitButton } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

/** 게시판 관리: the description. */
export function BoardDescriptionForm({
  boardId,
  description,
}: {
  boardId: number;
  description: string;
}) {
  const form = useActionForm(updateBoardDescriptionAction);
  return (
    <form action={form.formAction} noValidate className="space-y-3">
      <input type="hidden" name="boardId" value={boardId} />
      <TextField
        key={`description-${form.fieldKey}`}
        id="manage-description"
        name="description"
        label="게시판 소개"
        hint={`${BOARD_DESCRIPTION_MAX}자 이하`}
        maxLength={BOARD_DESCRIPTION_MAX}
        autoComplete="off"
        defaultValue={form.value("description", description)}
        errors={form.errors("description")}
      />
      <FormMessage state={form.state} shownFields={["description"]} />
      <div className="flex justify-end">
        <SubmitButton pending={form.pending} pendingLabel="저장하는 중…" size="md">
          소개 저장
        </SubmitButton>
      </div>
    </form>
  );
}

/** 게시판 관리: hand the board to a schoolmate (asks first: the viewer stops managing it). */
export function BoardHandOverForm({ boardId }: { boardId: number }) {
  const form = useActionForm(handOverBoardAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm("관리자를 넘기면 이 게시판을 더 이상 관리할 수 없습니다. 넘길까요?"))
          e.preventDefault();
      }}
    >
      <input type="hidden" name="boardId" value={boardId} />
      <TextField
        key={`nickname-${form.fieldKey}`}
        id="manage-nickname"
        name="nickname"
        label="새 관리자 닉네임"
        hint="우리 학교 학생의 닉네임"
        autoComplete="off"
        required
        defaultValue={form.value("nickname")}
        errors={form.errors("nickname") ?? form.errors("manager")}
      />
      <FormMessage state={form.state} shownFields={["nickname", "manager"]} />
      <div className="flex justify-end">
        <SubmitButton pending={form.pending} pendingLabel="넘기는 중…" size="md">
          관리자 넘기기
        </SubmitButton>
      </div>
    </form>
  );
}
