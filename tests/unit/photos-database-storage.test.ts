import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { getPhotoFile, uploadPhoto } from "@/lib/uploads/photos";
import { photoWithMetadata } from "../support/images";

// The upload service end to end with PHOTO_STORAGE=database: set before the imports run, since
// lib/db reads (and caches) the environment when it is loaded.
vi.hoisted(() => {
  process.env.PHOTO_STORAGE = "database";
});

let viewer: Viewer;

beforeAll(async () => {
  const schoolId = (await prisma.school.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  viewer = await prisma.user.create({
    data: {
      verification: "STUDENT",
      email: `dbphoto-${Date.now()}@unit.test`,
      nickname: `dbphoto${Date.now() % 1_000_000}`,
      passwordHash: "x",
      schoolId,
    },
    select: { id: true, schoolId: true, nickname: true, isAdmin: true, verification: true },
  });
});

describe("uploads with PHOTO_STORAGE=database", () => {
  it("stores the cleaned photo and its thumbnail in PhotoObject and serves them from there", async () => {
    const up = await uploadPhoto(viewer, await photoWithMetadata("jpeg", 120, 90, 6));
    expect(up).toMatchObject({ width: 90, height: 120 });
    const { storageKey } = await prisma.photo.findUniqueOrThrow({ where: { id: up.id } });
    const rows = await prisma.photoObject.findMany({
      where: { storageKey },
      orderBy: { variant: "asc" },
    });
    expect(rows.map((r) => r.variant)).toEqual(["full", "thumb"]);

    const file = await getPhotoFile(viewer, up.id);
    if (file.notModified) throw new Error("expected bytes");
    expect(Buffer.from(file.bytes).equals(Buffer.from(rows[0].bytes))).toBe(true);
    expect(file.mimeType).toBe("image/jpeg");
    expect((await sharp(file.bytes).metadata()).exif).toBeUndefined();

    const thumb = await getPhotoFile(viewer, up.id, { variant: "thumb" });
    if (thumb.notModified) throw new Error("expected bytes");
    expect(thumb.mimeType).toBe("image/webp");
    expect(await getPhotoFile(viewer, up.id, { ifNoneMatch: file.etag })).toEqual({
      notModified: true,
      etag: file.etag,
    });
  });
});
