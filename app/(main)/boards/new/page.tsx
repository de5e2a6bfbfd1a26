import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { BoardForm } from "@/components/community/board-form";

export const metadata: Metadata = { title: "게시판 만들기" };

export default async function NewBoardPage() {
  await requireViewer();
  return (
    <div className="mx-auto max-w-xl space-y-3">
      <h1 className="text-xl font-bold">게시판 만들기</h1>
      <BoardForm />
    </div>
  );
}
