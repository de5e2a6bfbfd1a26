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
export type PostRow = [
  number,
  string,
  string,
  string,
  string,
  string,
  string,
  number,
  number,
  number,
];

export function PostRows({ rows }: { rows: PostRow[] }) {
  return (
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
                {photo === 1 && <span role="img" aria-label="사진 있음" className="pl-photo" />}
                <span className="pl-like">
                  <span className="sr-only">공감</span>
                  {likes}
                </span>
                <span className="pl-comment">
                  <span className="sr-only">댓글</span>
                  {comments}
                </span>
              </span>
            </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
