"use client";

import Link from "next/link";
import { createBoardAction } from "@/lib/community/board-actions";
import { BOARD_DESCRIPTION_MAX, BOARD_NAME_MAX } from "@/lib/community/board-schemas";
import { buttonClass, SubmitButton } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

const SHOWN_FIELDS = ["name", "description"];

/** 게시판 만들기: name, a one-line description, and whether it takes only anonymous posts. */
export function BoardForm() {
  const form = useActionForm(createBoardAction);
  return (
    <form
      action={form.formAction}
      noValidate
      className="space-y-4 rounded-xl border border-gray-200 bg-white p-4"
    >
      <TextField
        key={`name-${form.fieldKey}`}
        id="board-name"
        name="name"
        label="게시판 이름"
        hint={`2~${BOARD_NAME_MAX}자. 우리 학교에 없는 이름이어야 해요.`}
        maxLength={BOARD_NAME_MAX}
        required
        autoComplete="off"
        defaultValue={form.value("name")}
        errors={form.errors("name")}
      />
      <TextField
        key={`description-${form.fieldKey}`}
        id="board-description"
        name="description"
        label="게시판 소개"
        hint={`${BOARD_DESCRIPTION_MAX}자 이하. 게시판 찾기에 함께 보여요.`}
        maxLength={BOARD_DESCRIPTION_MAX}
        autoComplete="off"
        defaultValue={form.value("description")}
        errors={form.errors("description")}
      />
      <Checkbox
        key={`anonymous-${form.fieldKey}`}
        name="anonymousOnly"
        defaultChecked={form.checked("anonymousOnly", false)}
        label="익명으로만 글과 댓글을 쓰는 게시판 (비밀게시판처럼)"
      />
      <p className="text-xs text-gray-500">
        만든 사람이 게시판 관리자가 됩니다. 게시판은 30일에 3개까지 만들 수 있어요.
      </p>
      <FormMessage state={form.state} shownFields={SHOWN_FIELDS} />
      <div className="flex justify-end gap-2">
        <Link href="/boards" className={buttonClass("secondary")}>
          취소
        </Link>
        <SubmitButton pending={form.pending} pendingLabel="만드는 중…" size="md">
          게시판 만들기
        </SubmitButton>
      </div>
    </form>
  );
}
