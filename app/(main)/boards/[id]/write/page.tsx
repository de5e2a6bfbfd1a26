import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { getBoardOrThrow, isAnonymousOnlyBoard } from "@/lib/community/boards";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { PostForm } from "@/components/community/post-form";

export const metadata: Metadata = { title: "글쓰기" };

export default async function WritePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("freshman");
  const board = await orNotFound(getBoardOrThrow(viewer, pageIdParam((await params).id)));
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <nav aria-label="위치" className="text-sm text-gray-500">
        <Link href={`/boards/${board.id}`} className="hover:underline">
          {board.name}
        </Link>
      </nav>
      <h1 className="text-xl font-bold">글쓰기</h1>
      <PostForm
        mode="create"
        boardId={board.id}
        anonymousOnly={isAnonymousOnlyBoard(board)}
        cancelHref={`/boards/${board.id}`}
        uploadMaxBytes={env().UPLOAD_MAX_BYTES}
      />
    </div>
  );
}
