import "server-only";
import { shownNickname } from "@/lib/account/erased";
import type { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { photoThumbnailUrl, photoUrl } from "@/lib/uploads/photo-url";

// The one place a post row becomes what a client sees. Rows are read with these explicit
// selects, and the mappers below are the only code that looks at the author of a row: an
// anonymous post's author (id, nickname, profile image) is dropped here, so it never reaches a
// route handler, a page or a client component.

export const ANONYMOUS_NAME = "익명";

export type PostAuthor =
  | { id: number; nickname: string; profileImageUrl: string | null }
  | { name: typeof ANONYMOUS_NAME };

export type PostBoardRef = { id: number; name: string };

export type PostPhoto = {
  id: number;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
};

export type PostDetail = {
  id: number;
  board: PostBoardRef;
  title: string;
  content: string;
  isAnonymous: boolean;
  author: PostAuthor;
  photos: PostPhoto[];
  likeCount: number;
  scrapCount: number;
  commentCount: number;
  likedByMe: boolean;
  scrappedByMe: boolean;
  isMine: boolean;
  createdAt: string;
  updatedAt: string;
  /** Hidden by reports (only its author and admins get the post at all): "신고 누적으로 숨겨진 글입니다". */
  hidden?: boolean;
};

export type PostListItem = {
  id: number;
  board: PostBoardRef;
  title: string;
  excerpt: string;
  isAnonymous: boolean;
  author: PostAuthor;
  likeCount: number;
  commentCount: number;
  scrapCount: number;
  hasPhoto: boolean;
  createdAt: string;
};

const authorSelect = { select: { id: true, nickname: true, profileImageUrl: true } } as const;
const boardRefSelect = { select: { id: true, name: true } } as const;

export const postListSelect = {
  id: true,
  title: true,
  content: true,
  isAnonymous: true,
  likeCount: true,
  commentCount: true,
  scrapCount: true,
  photoCount: true,
  createdAt: true,
  board: boardRefSelect,
  author: authorSelect,
} satisfies Prisma.PostSelect;

export function postDetailSelect(viewer: Viewer) {
  return {
    id: true,
    title: true,
    content: true,
    isAnonymous: true,
    authorId: true,
    likeCount: true,
    scrapCount: true,
    commentCount: true,
    createdAt: true,
    updatedAt: true,
    board: boardRefSelect,
    author: authorSelect,
    photos: {
      select: { id: true, width: true, height: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    },
    likes: { where: { userId: viewer.id }, select: { id: true }, take: 1 },
    scraps: { where: { userId: viewer.id }, select: { id: true }, take: 1 },
  } satisfies Prisma.PostSelect;
}

type ListRow = Prisma.PostGetPayload<{ select: typeof postListSelect }>;
type DetailRow = Prisma.PostGetPayload<{ select: ReturnType<typeof postDetailSelect> }>;

export function toAuthor(
  isAnonymous: boolean,
  author: { id: number; nickname: string; profileImageUrl: string | null },
): PostAuthor {
  if (isAnonymous) return { name: ANONYMOUS_NAME };
  // An erased account (회원 탈퇴) shows as "(탈퇴한 회원)".
  return {
    id: author.id,
    nickname: shownNickname(author.nickname),
    profileImageUrl: author.profileImageUrl,
  };
}

const EXCERPT_LENGTH = 100;

/**
 * The first ~100 characters of the content on one line, with "…" when there is more.
 * `truncated`: the content given is only the start of the post's (post-rows.ts reads a prefix).
 */
export function toExcerpt(content: string, truncated = false): string {
  const flat = content.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  if (chars.length <= EXCERPT_LENGTH) return truncated ? `${flat}…` : flat;
  return `${chars.slice(0, EXCERPT_LENGTH).join("").trimEnd()}…`;
}

export function toPostListItem(row: ListRow & { contentTruncated?: boolean }): PostListItem {
  return {
    id: row.id,
    board: { id: row.board.id, name: row.board.name },
    title: row.title,
    excerpt: toExcerpt(row.content, row.contentTruncated),
    isAnonymous: row.isAnonymous,
    author: toAuthor(row.isAnonymous, row.author),
    likeCount: row.likeCount,
    commentCount: row.commentCount,
    scrapCount: row.scrapCount,
    hasPhoto: row.photoCount > 0,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toPostDetail(row: DetailRow & { hidden?: boolean }, viewer: Viewer): PostDetail {
  return {
    id: row.id,
    board: { id: row.board.id, name: row.board.name },
    title: row.title,
    content: row.content,
    isAnonymous: row.isAnonymous,
    author: toAuthor(row.isAnonymous, row.author),
    photos: row.photos.map((p) => ({
      id: p.id,
      url: photoUrl(p.id),
      thumbnailUrl: photoThumbnailUrl(p.id),
      width: p.width,
      height: p.height,
    })),
    likeCount: row.likeCount,
    scrapCount: row.scrapCount,
    commentCount: row.commentCount,
    likedByMe: row.likes.length > 0,
    scrappedByMe: row.scraps.length > 0,
    isMine: row.authorId === viewer.id,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(row.hidden ? { hidden: true } : {}),
  };
}
