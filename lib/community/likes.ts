import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { addMark, removeMark } from "./post-marks";

// 공감: one per user per post, idempotent, never on your own post (rules in ./post-marks).

export type LikeState = { liked: boolean; likeCount: number };

export async function likePost(viewer: Viewer, postId: number): Promise<LikeState> {
  return { liked: true, likeCount: await addMark(viewer, postId, "like") };
}

export async function unlikePost(viewer: Viewer, postId: number): Promise<LikeState> {
  return { liked: false, likeCount: await removeMark(viewer, postId, "like") };
}
