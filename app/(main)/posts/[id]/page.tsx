import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { authorLabel } from "@/lib/community/author-label";
import { getPost } from "@/lib/community/posts";
import { mayDelete } from "@/lib/community/post-filters";
import { formatDateTime, formatRelativeTime } from "@/lib/format/relative-time";
import { orNotFound, pageIdParam } from "@/lib/http/page-errors";
import { CommentSection } from "@/components/community/comment-section";
import { DeletePostButton } from "@/components/community/delete-post-button";
import { CommentIcon } from "@/components/community/icons";
import { PostMarkButton } from "@/components/community/post-mark-button";
import { MessageButton } from "@/components/social/message-button";
import { ReportButton } from "@/components/social/report-button";
import { HIDDEN_NOTICE } from "@/lib/reports/schemas";
import { PhotoGrid } from "@/components/community/photo-grid";

export const metadata: Metadata = { title: "게시글" };

export default async function PostPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer("freshman");
  const post = await orNotFound(getPost(viewer, pageIdParam((await params).id)));
  const canDelete = mayDelete(viewer, post);

  return (
    <div className="mx-auto max-w-2xl space-y-3">
      <nav aria-label="위치" className="text-sm text-gray-500">
        <Link href={`/boards/${post.board.id}`} className="hover:underline">
          {post.board.name}
        </Link>
      </nav>
      {post.hidden && (
        <p
          role="note"
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-800"
        >
          {HIDDEN_NOTICE}
        </p>
      )}
      <article className="rounded-xl border border-gray-200 bg-white">
        <header className="px-4 pt-4 sm:px-5 sm:pt-5">
          <div className="flex items-center gap-3">
            <span
              aria-hidden="true"
              className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-gray-200 text-white"
            >
              <svg viewBox="0 0 20 20" fill="currentColor" className="h-6 w-6">
                <path d="M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 7a6 6 0 0 1 12 0H4Z" />
              </svg>
            </span>
            <div className="min-w-0 flex-1">
              <p className="truncate text-sm font-semibold">{authorLabel(post.author)}</p>
              <p className="mt-0.5 text-xs text-gray-500">
                <time dateTime={post.createdAt} title={formatDateTime(post.createdAt)}>
                  {formatRelativeTime(post.createdAt)}
                </time>
                <span className="hidden sm:inline"> · {formatDateTime(post.createdAt)}</span>
              </p>
            </div>
            {!post.isMine && (
              <div className="flex shrink-0 flex-wrap items-center justify-end gap-1">
                <MessageButton
                  targetKind="post"
                  targetId={post.id}
                  label="쪽지"
                  className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100"
                />
                <ReportButton
                  targetKind="post"
                  targetId={post.id}
                  className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100"
                />
              </div>
            )}
            {canDelete && (
              <div className="flex shrink-0 flex-wrap items-center justify-end gap-1">
                {post.isMine && (
                  <Link
                    href={`/posts/${post.id}/edit`}
                    className="rounded-md px-2.5 py-1.5 text-sm text-gray-600 hover:bg-gray-100"
                  >
                    수정
                  </Link>
                )}
                <DeletePostButton postId={post.id} />
              </div>
            )}
          </div>
          <h1 className="mt-4 text-lg leading-snug font-bold sm:text-xl">{post.title}</h1>
        </header>
        <div className="px-4 pt-2 leading-relaxed whitespace-pre-wrap text-gray-800 sm:px-5">
          {post.content}
        </div>
        {post.photos.length === 1 && (
          <div className="mt-4 px-4 sm:px-5">
            <a
              href={post.photos[0].url}
              target="_blank"
              rel="noreferrer"
              className="block w-fit max-w-full"
            >
              <Image
                src={post.photos[0].url}
                alt="첨부 사진 1"
                width={post.photos[0].width}
                height={post.photos[0].height}
                unoptimized
                className="h-auto max-h-[36rem] w-auto max-w-full rounded-lg border border-gray-100"
              />
            </a>
          </div>
        )}
        {/* Several photos: a grid of thumbnails (small WebPs), each opening the full photo. */}
        {post.photos.length > 1 && (
          <PhotoGrid
            photos={post.photos}
            label="첨부 사진"
            altPrefix="첨부 사진"
            className="mt-4"
          />
        )}
        <div className="mt-4 flex flex-wrap items-center gap-2 border-t border-gray-100 px-4 py-3 sm:px-5">
          <PostMarkButton
            kind="like"
            postId={post.id}
            active={post.likedByMe}
            count={post.likeCount}
            isMine={post.isMine}
            hintId="own-post-hint"
          />
          <PostMarkButton
            kind="scrap"
            postId={post.id}
            active={post.scrappedByMe}
            count={post.scrapCount}
            isMine={post.isMine}
            hintId="own-post-hint"
          />
          <span className="ml-auto flex items-center gap-1 text-sm text-sky-600">
            <CommentIcon className="h-4 w-4" />
            댓글 {post.commentCount}
          </span>
          {post.isMine && (
            <p id="own-post-hint" className="w-full text-xs text-gray-500">
              내 글에는 공감·스크랩할 수 없습니다.
            </p>
          )}
        </div>
      </article>
      <CommentSection postId={post.id} />
    </div>
  );
}
