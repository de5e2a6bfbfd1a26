import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { closeBoardAction } from "@/lib/community/board-actions";
import { getBoardOrThrow } from "@/lib/community/boards";
import { withObjectParticle } from "@/lib/format/josa";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { BoardDescriptionForm, BoardHandOverForm } from "@/components/community/board-manage-forms";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "게시판 관리" };

type Props = { params: Promise<{ id: string }> };

// 게시판 관리: a student's board's manager (or an admin of the school) edits its description and
// hands it to a schoolmate; an admin may close it. Anyone else gets the 404 page (nothing to manage).
export default async function ManageBoardPage({ params }: Props) {
  const viewer = await requireViewer();
  const board = await orNotFound(getBoardOrThrow(viewer, pageIdParam((await params).id)));
  const isManager = board.kind === "USER" && board.managerId === viewer.id;
  if (board.kind !== "USER" || (!isManager && !viewer.isAdmin)) notFound();
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <div>
        <h1 className="text-xl font-bold break-words">게시판 관리: {board.name}</h1>
        <p className="mt-0.5 text-sm text-gray-500">
          관리자 {board.manager?.nickname ?? "(없음)"}
          {isManager ? " (나)" : ""}
        </p>
      </div>
      <section
        aria-labelledby="manage-description-title"
        className="space-y-2 rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="manage-description-title" className="font-semibold">
          소개
        </h2>
        <BoardDescriptionForm boardId={board.id} description={board.description} />
      </section>
      <section
        aria-labelledby="manage-owner-title"
        className="space-y-2 rounded-xl border border-gray-200 bg-white p-4"
      >
        <h2 id="manage-owner-title" className="font-semibold">
          관리자 넘기기
        </h2>
        <BoardHandOverForm boardId={board.id} />
      </section>
      {viewer.isAdmin && (
        <section
          aria-labelledby="manage-close-title"
          className="space-y-2 rounded-xl border border-gray-200 bg-white p-4"
        >
          <h2 id="manage-close-title" className="font-semibold">
            게시판 닫기 (학교 관리자)
          </h2>
          <p className="text-sm text-gray-600">
            닫은 게시판은 모든 목록에서 사라집니다. 글은 쓴 사람만 볼 수 있어요.
          </p>
          <ActionForm
            action={closeBoardAction}
            confirm={`${withObjectParticle(board.name)} 닫을까요? 되돌릴 수 없습니다.`}
            className="flex flex-wrap items-center gap-2"
          >
            <input type="hidden" name="boardId" value={board.id} />
            <button type="submit" className={buttonClass("secondary", "md", "text-brand-700")}>
              게시판 닫기
            </button>
          </ActionForm>
        </section>
      )}
      <Link
        href={`/boards/${board.id}`}
        className="inline-block text-sm text-gray-600 hover:underline"
      >
        ‹ 게시판으로
      </Link>
    </div>
  );
}
