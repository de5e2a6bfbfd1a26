"use client";
import Link from "next/link";
import { formatDateTime } from "@/lib/format/relative-time";

/**
 * One list row as the server prepared it: [id, title, excerpt, ISO time, relative time (as of the
 * server's render, so hydration agrees), author label, board name ("" when not shown), 공감, 댓글,
 * has photo (1/0)]. A client component so the page's RSC payload carries these short tuples
 * instead of a second copy of every row's markup (the board page was 92.5 KB for 20 posts). The
 * author is a label decided on the server (익명 or a nickname): no author id reaches the client.
 */
export type PostRow = [number, string, string, string, string, string, string, number, number, number];

function Icon({ id }: { id: string }) {
  return (
    <svg aria-hidden="true" className="pl-icon">
      <use href={`#${id}`} />
    </svg>
  );
}

export function PostRows({ rows }: { rows: PostRow[] }) {
  return (
    <>
      <svg aria-hidden="true" className="hidden">
        <symbol id="pl-like" viewBox="0 0 20 20" fill="currentColor">
          <path d="M10 17.5s-6.5-3.9-6.5-8.6A3.6 3.6 0 0 1 10 6.3a3.6 3.6 0 0 1 6.5 2.6c0 4.7-6.5 8.6-6.5 8.6Z" />
        </symbol>
        <symbol id="pl-comment" viewBox="0 0 20 20" fill="currentColor">
          <path d="M3 5.5A2.5 2.5 0 0 1 5.5 3h9A2.5 2.5 0 0 1 17 5.5v6a2.5 2.5 0 0 1-2.5 2.5H9l-4 3v-3h.5A2.5 2.5 0 0 1 3 11.5v-6Z" />
        </symbol>
        <symbol id="pl-photo" viewBox="0 0 20 20" fill="currentColor">
          <path
            fillRule="evenodd"
            d="M3 5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5Zm2 9.5h10l-3.2-4.3-2.5 3.1-1.8-2L5 14.5ZM7.5 8.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z"
            clipRule="evenodd"
          />
        </symbol>
      </svg>
      <ul className="divide-y divide-gray-100" aria-label="글 목록">
        {rows.map(([id, title, excerpt, iso, relative, author, board, likes, comments, photo]) => (
          <li key={id}>
            <Link href={`/posts/${id}`} className="pl-row">
              <h3 className="pl-title">{title}</h3>
              {excerpt && <p className="pl-excerpt">{excerpt}</p>}
              <div className="pl-meta">
                <time dateTime={iso} title={formatDateTime(iso)}>
                  {relative}
                </time>
                <span className="truncate">{author}</span>
                {board && <span className="truncate text-gray-400">{board}</span>}
                <span className="pl-marks">
                  {photo === 1 && (
                    <span role="img" aria-label="사진 있음" className="text-gray-400">
                      <Icon id="pl-photo" />
                    </span>
                  )}
                  <span className="pl-like">
                    <Icon id="pl-like" />
                    <span className="sr-only">공감</span>
                    {likes}
                  </span>
                  <span className="pl-comment">
                    <Icon id="pl-comment" />
                    <span className="sr-only">댓글</span>
                    {comments}
                  </span>
                </span>
              </div>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
