import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/viewer";
import { listLectureChoices } from "@/lib/books/service";
import { searchParam } from "@/lib/community/page-query";
import { env } from "@/lib/env";
import { parseId } from "@/lib/validation/id";
import { BookForm } from "@/components/books/book-form";

export const metadata: Metadata = { title: "책 팔기" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 책 팔기: ?lectureId= (from a lecture's page) chooses that lecture. */
export default async function SellBookPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const wanted = parseId(searchParam(await searchParams, "lectureId") ?? "") ?? undefined;
  const lectures = await listLectureChoices(viewer, wanted);
  const lectureId = lectures.some((l) => l.id === wanted) ? wanted : undefined;
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <h1 className="text-xl font-bold">책 팔기</h1>
      <BookForm
        mode="create"
        lectures={lectures}
        lectureId={lectureId}
        uploadMaxBytes={env().UPLOAD_MAX_BYTES}
      />
    </div>
  );
}
