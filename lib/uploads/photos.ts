import "server-only";
import crypto from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { Viewer } from "@/lib/auth/viewer";
import { boardsRestricted } from "@/lib/auth/gate";
import { assertPostBoardReadable } from "@/lib/community/boards";
import { AppError, notFound } from "@/lib/http/errors";
import { processUploadedImage } from "./process-image";
import { photoThumbnailUrl, photoUrl } from "./photo-url";
import { newStorageKey, photoStorage, type PhotoVariant } from "./storage";

// Photos: uploaded first (unattached, visible to their owner only), then attached to a post
// when it is written; from then on any signed-in user of the post's school may see them while
// the post is not deleted.

export type UploadedPhoto = { id: number; url: string; thumbnailUrl: string; width: number; height: number };

export function payloadTooLarge(maxBytes = env().UPLOAD_MAX_BYTES) {
  return new AppError("PAYLOAD_TOO_LARGE", `사진은 ${Math.floor(maxBytes / (1024 * 1024))}MB까지 올릴 수 있습니다.`);
}

/**
 * Stores an uploaded file if its bytes are a JPEG, PNG, WebP or GIF image within the size and
 * pixel limits. What is stored is the re-encoded image (see process-image.ts: no metadata,
 * orientation applied) and its thumbnail, never the uploaded bytes.
 */
export async function uploadPhoto(viewer: Viewer, bytes: Uint8Array): Promise<UploadedPhoto> {
  if (bytes.byteLength > env().UPLOAD_MAX_BYTES) throw payloadTooLarge();
  const image = await processUploadedImage(bytes, env().UPLOAD_MAX_PIXELS);
  const storageKey = newStorageKey();
  const storage = photoStorage();
  try {
    await storage.put(storageKey, image.bytes, "full");
    await storage.put(storageKey, image.thumbnail, "thumb");
    const photo = await prisma.photo.create({
      data: { ownerId: viewer.id, storageKey, mimeType: image.mimeType, width: image.width, height: image.height, byteSize: image.bytes.byteLength },
      select: { id: true, width: true, height: true },
    });
    return { id: photo.id, url: photoUrl(photo.id), thumbnailUrl: photoThumbnailUrl(photo.id), width: photo.width, height: photo.height };
  } catch (e) {
    await storage.delete(storageKey);
    throw e;
  }
}

export type PhotoFile =
  | { notModified: true; etag: string }
  | { notModified: false; etag: string; bytes: Uint8Array; mimeType: string };

/** True when an If-None-Match header names this ETag (or `*`); weak and strong forms compare equal. */
function matchesEtag(ifNoneMatch: string | null | undefined, etag: string) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((t) => {
    const tag = t.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/**
 * A photo's bytes for the viewer: an attached photo for users of its post's school while the
 * post is not deleted; an unattached one for its owner only. Anything else is NOT_FOUND.
 * Stored bytes never change (a photo is written once under a fresh random key), so the ETag
 * comes from the key and a matching If-None-Match answers without reading the bytes.
 * A photo stored before thumbnails existed serves its full image as its thumbnail.
 */
export async function getPhotoFile(viewer: Viewer, photoId: number, opts: { variant?: PhotoVariant; ifNoneMatch?: string | null } = {}): Promise<PhotoFile> {
  const photo = await prisma.photo.findUnique({
    where: { id: photoId },
    select: {
      ownerId: true,
      storageKey: true,
      mimeType: true,
      post: { select: { schoolId: true, deletedAt: true, boardId: true } },
      book: { select: { schoolId: true, deletedAt: true } },
    },
  });
  // Attached to a post or a 책방 listing: the school's while it is not deleted; else the uploader's.
  const owner = photo?.post ?? photo?.book;
  const visible = photo && (owner ? owner.schoolId === viewer.schoolId && owner.deletedAt === null : photo.ownerId === viewer.id);
  if (!photo || !visible) throw notFound("사진");
  // A 새내기 sees the photos of the 새내기게시판 only (lib/auth/gate.ts).
  if (photo.post) await assertPostBoardReadable(viewer, photo.post.boardId);
  // 책방 is for verified students: a 새내기 sees no listing's photo.
  if (photo.book && boardsRestricted(viewer)) throw notFound("사진");
  const variant = opts.variant ?? "full";
  const etagOf = (v: PhotoVariant) => `"${crypto.createHash("sha256").update(`${photo.storageKey}:${v}`).digest("base64url").slice(0, 22)}"`;
  const storage = photoStorage();
  if (variant === "thumb") {
    if (matchesEtag(opts.ifNoneMatch, etagOf("thumb"))) return { notModified: true, etag: etagOf("thumb") };
    const thumb = await storage.get(photo.storageKey, "thumb");
    if (thumb) return { notModified: false, etag: etagOf("thumb"), bytes: thumb, mimeType: "image/webp" };
  }
  if (matchesEtag(opts.ifNoneMatch, etagOf("full"))) return { notModified: true, etag: etagOf("full") };
  const bytes = await storage.get(photo.storageKey, "full");
  if (!bytes) throw notFound("사진");
  return { notModified: false, etag: etagOf("full"), bytes, mimeType: photo.mimeType };
}

/** Checks, before a post is written, that every photo id is the viewer's own unattached upload. */
export async function assertAttachablePhotos(viewer: Viewer, photoIds: number[]) {
  if (!photoIds.length) return;
  // Someone else's photo answers exactly like a missing one: a 403 would confirm that the id exists.
  const photos = await prisma.photo.findMany({ where: { id: { in: photoIds }, ownerId: viewer.id }, select: { id: true, postId: true, bookId: true } });
  if (photos.length !== photoIds.length) {
    throw new AppError("VALIDATION_FAILED", "사진을 찾을 수 없습니다.", { fields: { photoIds: ["사진을 찾을 수 없습니다. 다시 올려 주세요."] } });
  }
  if (photos.some((p) => p.postId !== null || p.bookId !== null)) {
    throw new AppError("VALIDATION_FAILED", "이미 다른 글에 첨부된 사진입니다.", { fields: { photoIds: ["이미 다른 글에 첨부된 사진입니다."] } });
  }
}

/**
 * Attaches photos to a new post (or 책방 listing: `{ bookId }`) inside its transaction. Each update
 * only matches the viewer's own still-unattached photo, so two writes racing for one photo cannot
 * both get it.
 */
export async function attachPhotos(tx: Prisma.TransactionClient, viewer: Viewer, to: number | { bookId: number }, photoIds: number[]) {
  const owner = typeof to === "number" ? { postId: to } : { bookId: to.bookId };
  for (const [position, id] of photoIds.entries()) {
    const { count } = await tx.photo.updateMany({ where: { id, ownerId: viewer.id, postId: null, bookId: null }, data: { ...owner, position } });
    if (count !== 1) {
      throw new AppError("VALIDATION_FAILED", "이미 다른 글에 첨부된 사진입니다.", { fields: { photoIds: ["이미 다른 글에 첨부된 사진입니다."] } });
    }
  }
}
