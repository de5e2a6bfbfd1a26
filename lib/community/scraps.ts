import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { addMark, removeMark } from "./post-marks";

// 스크랩: one per user per post, idempotent, never your own post (rules in ./post-marks);
// 내 스크랩 lists them, newest scrap first (lib/community/my-lists.ts).

export type ScrapState = { scrapped: boolean; scrapCount: number };

export async function scrapPost(viewer: Viewer, postId: number): Promise<ScrapState> {
  return { scrapped: true, scrapCount: await addMark(viewer, postId, "scrap") };
}

export async function unscrapPost(viewer: Viewer, postId: number): Promise<ScrapState> {
  return { scrapped: false, scrapCount: await removeMark(viewer, postId, "scrap") };
}
