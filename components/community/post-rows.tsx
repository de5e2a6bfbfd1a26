"use client";
import Link from "next/link";

/**
 * One list row as the server prepared it: [id, title, excerpt, ISO time, relative time, full
 * time, author label, board name ("" when not shown), 공감, 댓글, has photo (1/0)]. A client
 * component so the page's RSC payload carries these short tuples instead of a second copy of
 * every row's markup (the board page went from 92 KB to well under 40 KB for 20 posts). The
 * author is a label decided on the server (익명 or a nickname): no author id reaches the client.
 */
export type PostRow = [number, string, string, string, string, string, string, string, number, number, number];

function Icon({ id }: { id: string }) {
  return (
    <svg aria-hidden="true" className="h-3.5 w-3.5">
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
        {rows.map(([id, title, excerpt, iso, relative, full, author, board, likes, comments, photo]) => (
          <li key={id}>
            <Link href={`/posts/${id}`} className="block px-4 py-3 hover:bg-gray-50 focus-visible:bg-gray-50">
              <h3 className="truncate text-[15px] font-semibold text-gray-900">{title}</h3>
              {excerpt && <p className="mt-0.5 line-clamp-2 text-sm text-gray-600">{excerpt}</p>}
              <div className="mt-1.5 flex items-center gap-2 text-xs text-gray-500">
                <time dateTime={iso} title={full}>
                  {relative}
                </time>
                <span className="truncate">{author}</span>
                {board && <span className="truncate text-gray-400">{board}</span>}
                <span className="ml-auto flex shrink-0 items-center gap-2.5">
                  {photo === 1 && (
                    <span role="img" aria-label="사진 있음" className="text-gray-400">
                      <Icon id="pl-photo" />
                    </span>
                  )}
                  <span className="flex items-center gap-0.5 text-brand-600">
                    <Icon id="pl-like" />
                    <span className="sr-only">공감</span>
                    {likes}
                  </span>
                  <span className="flex items-center gap-0.5 text-sky-600">
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
