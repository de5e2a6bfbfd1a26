import "server-only";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { photoStorage } from "./storage";

// Photos uploaded but never attached to a post are deleted UPLOAD_ORPHAN_TTL_SECONDS after
// upload (default a day: time enough to finish writing). Safe with several server instances at
// once: each row is deleted only while still unattached (a conditional delete that one instance
// wins), and only the winner deletes the stored bytes, through the storage interface. A post
// written at that moment either attached the photo first (kept) or finds it gone (400, upload
// again).

const BATCH = 200;

/** Deletes stale unattached photos (rows, then their bytes); returns how many. */
export async function deleteStaleUploads(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - env().UPLOAD_ORPHAN_TTL_SECONDS * 1000);
  let deleted = 0;
  for (;;) {
    const stale = await prisma.photo.findMany({
      where: { postId: null, bookId: null, createdAt: { lt: cutoff } },
      select: { id: true, storageKey: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    for (const photo of stale) {
      const { count } = await prisma.photo.deleteMany({
        where: { id: photo.id, postId: null, bookId: null },
      });
      if (count === 1) {
        await photoStorage().delete(photo.storageKey);
        deleted++;
      }
    }
    if (stale.length < BATCH) return deleted;
  }
}
