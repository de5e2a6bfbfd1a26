import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { photoStorage, type PhotoStorage } from "./storage";

// Photos uploaded but never attached to a post are deleted UPLOAD_ORPHAN_TTL_SECONDS after
// upload (default a day: time enough to finish writing). Safe with several server instances at
// once: each row is deleted only while still unattached (a conditional delete that one instance
// wins), and only the winner deletes the stored bytes, through the storage interface. A post
// written at that moment either attached the photo first (kept) or finds it gone (400, upload
// again).
//
// The storage is swept too (sweepStorage): a process killed between storing a photo's bytes and
// inserting its row (or mid-write) leaves bytes no row names. Bytes older than
// STORAGE_ORPHAN_AGE_MS that no row names are deleted, and so are `.tmp` leftovers older than
// STALE_TEMP_AGE_MS. The age keeps an upload in flight (bytes stored, row about to be inserted)
// safe; a key is random, so bytes no row names after a day will never be named.

const BATCH = 200;

/** Deletes stale unattached photos (rows, then their bytes); returns how many. */
export async function deleteStaleUploads(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - env().UPLOAD_ORPHAN_TTL_SECONDS * 1000);
  let deleted = 0;
  for (;;) {
    const stale = await prisma.photo.findMany({
      where: { postId: null, createdAt: { lt: cutoff } },
      select: { id: true, storageKey: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const photo of stale) {
      const { count } = await prisma.photo.deleteMany({ where: { id: photo.id, postId: null } });
      if (count === 1) {
        await photoStorage().delete(photo.storageKey);
        deleted++;
      }
    }
    if (stale.length < BATCH) return deleted;
  }
}

/** Stored bytes no row names are deleted once this old (a day: far past any upload in flight). */
export const STORAGE_ORPHAN_AGE_MS = 24 * 3600 * 1000;
/** Half-written `.tmp` files are deleted once this old (a write takes milliseconds). */
export const STALE_TEMP_AGE_MS = 3600 * 1000;

/** The keys among `keys` that a row still names (a photo; every table that stores bytes). */
async function namedKeys(keys: string[]): Promise<Set<string>> {
  const photos = await prisma.photo.findMany({
    where: { storageKey: { in: keys } },
    select: { storageKey: true },
  });
  return new Set(photos.map((p) => p.storageKey));
}

/**
 * Deletes stored bytes that no row names (older than STORAGE_ORPHAN_AGE_MS) and stale `.tmp`
 * files; returns how many of each. Safe on several instances at once: deleting is idempotent,
 * and only bytes no row names are touched.
 */
export async function sweepStorage(
  now = new Date(),
  storage: PhotoStorage = photoStorage(),
): Promise<{ orphans: number; temporaries: number }> {
  let orphans = 0;
  const before = new Date(now.getTime() - STORAGE_ORPHAN_AGE_MS);
  for await (const keys of storage.keysStoredBefore(before)) {
    const named = await namedKeys(keys);
    for (const key of keys) {
      if (named.has(key)) continue;
      await storage.delete(key);
      orphans++;
    }
  }
  const temporaries = await storage.deleteStaleTemporaries(
    new Date(now.getTime() - STALE_TEMP_AGE_MS),
  );
  return { orphans, temporaries };
}
