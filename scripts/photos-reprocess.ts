// `npm run photos:reprocess [-- --from=local|database] [--dry-run]`
//
// Passes every stored photo through the upload pipeline again (lib/uploads/process-image.ts):
// metadata stripped, orientation applied, a thumbnail made. For photos stored before uploads
// were processed, and to move photos between storage drivers: `--from=local` reads each photo
// from UPLOAD_DIR and writes it to PHOTO_STORAGE's driver (e.g. PHOTO_STORAGE=database).
// A processed photo gets a new storage key (so its ETag changes and browsers fetch it again); the
// old object is deleted after the row points at the new one. Photos that already have a
// thumbnail where they are stored were processed on upload and are skipped, so running it
// twice is harmless. Safe while the server runs.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import type { ImageMime } from "@/lib/uploads/image-type";
import { processUploadedImage } from "@/lib/uploads/process-image";
import {
  databaseStorage,
  localDiskStorage,
  newStorageKey,
  photoStorage,
  type PhotoStorage,
} from "@/lib/uploads/storage";

const args = process.argv.slice(2);
const from = args.find((a) => a.startsWith("--from="))?.slice("--from=".length);
const dryRun = args.includes("--dry-run");
if (from && from !== "local" && from !== "database") throw new Error("--from is local or database");

const target = photoStorage();
const source: PhotoStorage =
  !from || from === env().PHOTO_STORAGE
    ? target
    : from === "database"
      ? databaseStorage()
      : localDiskStorage(env().UPLOAD_DIR);
const moving = source !== target;

let processed = 0; // re-encoded or moved
let skipped = 0;
let missing = 0;
let failed = 0;
let lastId = 0;
for (;;) {
  const photos = await prisma.photo.findMany({
    where: { id: { gt: lastId } },
    orderBy: { id: "asc" },
    take: 100,
    select: { id: true, storageKey: true },
  });
  if (!photos.length) break;
  lastId = photos[photos.length - 1].id;
  for (const photo of photos) {
    // A thumbnail means the photo went through the pipeline on upload: moved as it is, if at all.
    const thumbnail = await source.get(photo.storageKey, "thumb");
    if (thumbnail && !moving) {
      skipped++;
      continue;
    }
    const bytes = await source.get(photo.storageKey, "full");
    if (!bytes) {
      missing++;
      continue;
    }
    let update: { mimeType?: ImageMime; width?: number; height?: number; byteSize?: number } = {};
    let stored = { full: bytes, thumb: thumbnail };
    if (!thumbnail) {
      try {
        // No pixel limit beyond libvips' own: these photos were accepted once already.
        const image = await processUploadedImage(bytes, 268_402_689);
        stored = { full: image.bytes, thumb: image.thumbnail };
        update = {
          mimeType: image.mimeType,
          width: image.width,
          height: image.height,
          byteSize: image.bytes.byteLength,
        };
      } catch (e) {
        failed++;
        console.error(`photo ${photo.id}: ${(e as Error).message}`);
        continue;
      }
    }
    if (dryRun) {
      processed++;
      continue;
    }
    const key = newStorageKey();
    await target.put(key, stored.full, "full");
    if (stored.thumb) await target.put(key, stored.thumb, "thumb");
    const { count } = await prisma.photo.updateMany({
      where: { id: photo.id, storageKey: photo.storageKey },
      data: { storageKey: key, ...update },
    });
    if (count === 1) {
      await source.delete(photo.storageKey);
      processed++;
    } else {
      await target.delete(key); // deleted or changed meanwhile
    }
  }
}
console.log(
  `${dryRun ? "would process" : "processed"} ${processed}, already processed ${skipped}, missing ${missing}, unreadable ${failed}`,
);
await prisma.$disconnect();
