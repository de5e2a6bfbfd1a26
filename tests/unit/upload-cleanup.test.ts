import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

// Before lib/env is first read (lib/db reads it on import): photos of this file go to a temp dir.
const uploadDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/campustime-cleanup-${process.pid}-${Date.now()}`;
  process.env.UPLOAD_DIR = dir;
  return dir;
});

import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { runMaintenance } from "@/lib/maintenance/jobs";
import { deleteStaleUploads, sweepStorage } from "@/lib/uploads/cleanup";
import {
  databaseStorage,
  localDiskStorage,
  newStorageKey,
  photoStorage,
} from "@/lib/uploads/storage";
import { pngBytes } from "../support/images";
import { makeUser } from "../support/viewers";

// The in-server cleanup job: unattached photos older than UPLOAD_ORPHAN_TTL_SECONDS go (row and
// stored bytes, through the storage interface); attached and recent ones stay.

afterAll(() => fs.rmSync(uploadDir, { recursive: true, force: true }));

async function storedPhoto(ownerId: number, opts: { ageSeconds: number; postId?: number }) {
  const key = newStorageKey();
  const bytes = pngBytes(2, 2);
  await photoStorage().put(key, bytes);
  return prisma.photo.create({
    data: {
      ownerId,
      postId: opts.postId,
      storageKey: key,
      mimeType: "image/png",
      width: 2,
      height: 2,
      byteSize: bytes.byteLength,
      createdAt: new Date(Date.now() - opts.ageSeconds * 1000),
    },
    select: { id: true, storageKey: true },
  });
}

const fileOf = (key: string) => path.join(uploadDir, key.slice(0, 2), key);

describe("unattached photo cleanup", () => {
  it("deletes old unattached photos (row and file) and keeps attached and recent ones", async () => {
    expect(path.resolve(env().UPLOAD_DIR)).toBe(path.resolve(uploadDir));
    const ttl = env().UPLOAD_ORPHAN_TTL_SECONDS;
    expect(ttl).toBe(24 * 3600);
    const owner = await makeUser();
    const board = await prisma.board.findFirstOrThrow({
      where: { schoolId: owner.schoolId },
      select: { id: true },
    });
    const post = await prisma.post.create({
      data: {
        boardId: board.id,
        schoolId: owner.schoolId,
        authorId: owner.id,
        title: "사진 글",
        content: "본문",
      },
      select: { id: true },
    });

    const stale = await storedPhoto(owner.id, { ageSeconds: ttl + 60 });
    const attachedOld = await storedPhoto(owner.id, { ageSeconds: ttl + 60, postId: post.id });
    const fresh = await storedPhoto(owner.id, { ageSeconds: ttl - 60 });
    for (const p of [stale, attachedOld, fresh])
      expect(fs.existsSync(fileOf(p.storageKey))).toBe(true);

    // Two instances running the job at once: each photo is deleted once, nothing fails.
    const [a, b] = await Promise.all([deleteStaleUploads(), deleteStaleUploads()]);
    expect(a + b).toBeGreaterThanOrEqual(1);

    expect(await prisma.photo.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(fs.existsSync(fileOf(stale.storageKey))).toBe(false);
    for (const kept of [attachedOld, fresh]) {
      expect(await prisma.photo.findUnique({ where: { id: kept.id } })).not.toBeNull();
      expect(fs.existsSync(fileOf(kept.storageKey))).toBe(true);
    }

    // The job as the server runs it, a day later: the fresh one has become stale too.
    await runMaintenance(new Date(Date.now() + 120_000));
    expect(await prisma.photo.findUnique({ where: { id: fresh.id } })).toBeNull();
    expect(await prisma.photo.findUnique({ where: { id: attachedOld.id } })).not.toBeNull();
  });
});

// issue 26.12: a `kill -9` between storing a photo's bytes and inserting its row (or mid-write)
// leaves bytes no row names, and `.tmp` files. The sweep deletes them once old, on both drivers.
describe("storage sweep", () => {
  const day = 24 * 3600 * 1000;

  async function age(file: string, ms: number) {
    const t = new Date(Date.now() - ms);
    await fs.promises.utimes(file, t, t);
  }

  it("local disk: old files no row names and stale .tmp files go; named, fresh ones stay", async () => {
    const owner = await makeUser();
    const storage = localDiskStorage(uploadDir);
    const named = await storedPhoto(owner.id, { ageSeconds: 0, postId: undefined });
    const orphan = newStorageKey();
    const freshOrphan = newStorageKey();
    for (const key of [orphan, freshOrphan]) {
      await storage.put(key, pngBytes(2, 2));
      await storage.put(key, pngBytes(1, 1), "thumb");
    }
    for (const file of [fileOf(named.storageKey), fileOf(orphan), `${fileOf(orphan)}.thumb`])
      await age(file, 2 * day);
    const staleTmp = `${fileOf(newStorageKey())}.4242.tmp`;
    const freshTmp = `${fileOf(newStorageKey())}.thumb.4243.tmp`;
    for (const tmp of [staleTmp, freshTmp]) {
      fs.mkdirSync(path.dirname(tmp), { recursive: true });
      fs.writeFileSync(tmp, "half");
    }
    await age(staleTmp, 2 * 3600 * 1000);

    const swept = await sweepStorage(new Date(), storage);
    expect(swept.orphans).toBeGreaterThanOrEqual(1);
    expect(swept.temporaries).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(fileOf(orphan))).toBe(false);
    expect(fs.existsSync(`${fileOf(orphan)}.thumb`)).toBe(false);
    expect(fs.existsSync(staleTmp)).toBe(false);
    // Named by a row (however old), written in the last day, or a write in flight: kept.
    expect(fs.existsSync(fileOf(named.storageKey))).toBe(true);
    expect(fs.existsSync(fileOf(freshOrphan))).toBe(true);
    expect(fs.existsSync(`${fileOf(freshOrphan)}.thumb`)).toBe(true);
    expect(fs.existsSync(freshTmp)).toBe(true);
    // Two instances at once: nothing fails, nothing more goes.
    await Promise.all([sweepStorage(new Date(), storage), sweepStorage(new Date(), storage)]);
    expect(fs.existsSync(fileOf(named.storageKey))).toBe(true);
  });

  it("database: old objects no row names go; named and fresh ones stay", async () => {
    const owner = await makeUser();
    const storage = databaseStorage();
    const named = newStorageKey();
    const orphan = newStorageKey();
    const freshOrphan = newStorageKey();
    for (const key of [named, orphan, freshOrphan]) {
      await storage.put(key, pngBytes(2, 2));
      await storage.put(key, pngBytes(1, 1), "thumb");
    }
    await prisma.photo.create({
      data: {
        ownerId: owner.id,
        storageKey: named,
        mimeType: "image/png",
        width: 2,
        height: 2,
        byteSize: 10,
      },
    });
    await prisma.photoObject.updateMany({
      where: { storageKey: { in: [named, orphan] } },
      data: { createdAt: new Date(Date.now() - 2 * day) },
    });
    const swept = await sweepStorage(new Date(), storage);
    expect(swept.orphans).toBeGreaterThanOrEqual(1);
    expect(await storage.get(orphan)).toBeNull();
    expect(await storage.get(orphan, "thumb")).toBeNull();
    expect(await storage.get(named)).not.toBeNull();
    expect(await storage.get(freshOrphan, "thumb")).not.toBeNull();
  });
});
