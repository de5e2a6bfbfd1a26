import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { getPost } from "@/lib/community/posts";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { PostForm } from "@/components/community/post-form";

export const metadata: Metadata = { title: "글 수정" };

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("freshman");
  const post = await orNotFound(getPost(viewer, pageIdParam((await params).id)));
  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <nav aria-label="위치" className="text-sm text-gray-500">
        <Link href={`/boards/${post.board.id}`} className="hover:underline">
          {post.board.name}
        </Link>
      </nav>
      <h1 className="text-xl font-bold">글 수정</h1>
      {post.isMine ? (
        <PostForm
          mode="edit"
          postId={post.id}
          initial={{ title: post.title, content: post.content }}
          cancelHref={`/posts/${post.id}`}
        />
      ) : (
        <p
          role="alert"
          className="rounded-xl border border-gray-200 bg-white p-6 text-center text-sm text-gray-600"
        >
          자신이 쓴 글만 수정할 수 있습니다.
        </p>
      )}
    </div>
  );
}
