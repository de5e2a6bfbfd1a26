import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import {
  databaseStorage,
  localDiskStorage,
  newStorageKey,
  type PhotoStorage,
} from "@/lib/uploads/storage";

// Both photo storage drivers keep the same contract (the upload service and the clean-up job
// rely on it): put/get by key and variant, null for what is not there, delete removes every variant.
// The database driver runs on the suite's throwaway SQLite, or PostgreSQL with TEST_PG_URL.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-storage-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const drivers: [string, PhotoStorage][] = [
  ["local disk", localDiskStorage(dir)],
  ["database", databaseStorage()],
];

describe.each(drivers)("%s storage", (name, storage) => {
  it("round-trips a photo and its thumbnail byte for byte, and deletes both", async () => {
    const key = newStorageKey();
    const full = new Uint8Array(300_000).map((_, i) => (i * 31) % 256); // every byte value, NUL included
    const thumb = new Uint8Array([0, 1, 2, 255, 0]);
    await storage.put(key, full);
    await storage.put(key, thumb, "thumb");
    expect(Buffer.from((await storage.get(key))!).equals(Buffer.from(full))).toBe(true);
    expect(Buffer.from((await storage.get(key, "full"))!).equals(Buffer.from(full))).toBe(true);
    expect(Buffer.from((await storage.get(key, "thumb"))!).equals(Buffer.from(thumb))).toBe(true);
    if (name === "database") {
      expect(await prisma.photoObject.count({ where: { storageKey: key } })).toBe(2);
    }
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.get(key, "thumb")).toBeNull();
    await storage.delete(key); // deleting twice is fine
  });

  it("answers null for unknown keys and a missing variant", async () => {
    expect(await storage.get(newStorageKey())).toBeNull();
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await storage.get(key, "thumb")).toBeNull();
    await storage.delete(key);
  });

  it("refuses keys it did not make and unknown variants", async () => {
    await expect(storage.get("../../etc/passwd")).rejects.toThrow(/storage key/);
    await expect(storage.put("ABC", new Uint8Array([1]))).rejects.toThrow(/storage key/);
    await expect(storage.get(newStorageKey(), "huge" as "thumb")).rejects.toThrow(/variant/);
  });
});
