import type { PostAuthor } from "./post-dto";

/** The name a post's author is shown with: their nickname, or 익명. */
export function authorLabel(author: PostAuthor): string {
  return "nickname" in author ? author.nickname : author.name;
}
