import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { databaseStorage, localDiskStorage, newStorageKey } from "@/lib/uploads/storage";
import { EXIF_SECRETS, photoWithMetadata } from "../support/images";

// `npm run photos:reprocess`: a photo stored before uploads were processed (EXIF and all, no
// thumbnail) is cleaned in place; `--from=local` moves photos into PHOTO_STORAGE=database.

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-reprocess-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const reprocess = (env: Record<string, string>, ...args: string[]) =>
  run(
    path.resolve("node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/photos-reprocess.ts", ...args],
    {
      env: { ...process.env, UPLOAD_DIR: dir, ...env },
    },
  );

let photoId: number;
const local = localDiskStorage(dir);

beforeAll(async () => {
  const schoolId = (await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  const owner = await prisma.user.create({
    data: {
      email: `reprocess-${Date.now()}@unit.test`,
      nickname: `rp${Date.now() % 1_000_000}`,
      passwordHash: "x",
      schoolId,
    },
  });
  const legacy = await photoWithMetadata("jpeg", 200, 100, 6);
  const storageKey = newStorageKey();
  await local.put(storageKey, legacy);
  photoId = (
    await prisma.photo.create({
      data: {
        ownerId: owner.id,
        storageKey,
        mimeType: "image/jpeg",
        width: 100,
        height: 200,
        byteSize: legacy.length,
      },
    })
  ).id;
});

describe("photos:reprocess", () => {
  it("cleans a legacy photo in place, once", { timeout: 180_000 }, async () => {
    const before = await prisma.photo.findUniqueOrThrow({ where: { id: photoId } });
    await reprocess({ PHOTO_STORAGE: "local" });
    const after = await prisma.photo.findUniqueOrThrow({ where: { id: photoId } });
    expect(after.storageKey).not.toBe(before.storageKey);
    expect(await local.get(before.storageKey)).toBeNull();
    const bytes = Buffer.from((await local.get(after.storageKey))!);
    expect(bytes.toString("latin1")).not.toContain(EXIF_SECRETS.artist);
    expect((await sharp(bytes).metadata()).exif).toBeUndefined();
    expect(after).toMatchObject({ width: 100, height: 200, byteSize: bytes.length });
    expect(await local.get(after.storageKey, "thumb")).not.toBeNull();

    await reprocess({ PHOTO_STORAGE: "local" });
    expect((await prisma.photo.findUniqueOrThrow({ where: { id: photoId } })).storageKey).toBe(
      after.storageKey,
    );
  });

  it("moves photos from the local disk into the database", { timeout: 180_000 }, async () => {
    const before = await prisma.photo.findUniqueOrThrow({ where: { id: photoId } });
    const full = Buffer.from((await local.get(before.storageKey))!);
    await reprocess({ PHOTO_STORAGE: "database" }, "--from=local");
    const after = await prisma.photo.findUniqueOrThrow({ where: { id: photoId } });
    expect(await local.get(before.storageKey)).toBeNull();
    // Already processed: copied as it is, not encoded again.
    expect(Buffer.from((await databaseStorage().get(after.storageKey))!).equals(full)).toBe(true);
    expect(await databaseStorage().get(after.storageKey, "thumb")).not.toBeNull();
  });
});
