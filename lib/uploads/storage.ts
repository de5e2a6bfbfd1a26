import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";

// Where photo bytes live, behind a small interface so the upload rules never know: the local
// disk (one machine, the default) or a database table shared by every instance
// (PHOTO_STORAGE=database). Keys are random and made here; no part of a path or key ever comes
// from a user (file names are ignored entirely).
//
// A stored photo is one key with variants: `full` (the image the API's `url` serves) and `thumb`
// (a small WebP for lists). delete(key) removes every variant, so a clean-up job that deletes by
// the photo's storage key leaves nothing behind, with either driver.

export type PhotoVariant = "full" | "thumb";
export const PHOTO_VARIANTS: readonly PhotoVariant[] = ["full", "thumb"];

export interface PhotoStorage {
  put(key: string, bytes: Uint8Array, variant?: PhotoVariant): Promise<void>;
  /** The bytes, or null when there is no such object (or no such variant of it). */
  get(key: string, variant?: PhotoVariant): Promise<Uint8Array | null>;
  /** Removes the object with all its variants; a missing object is not an error. */
  delete(key: string): Promise<void>;
  /**
   * The keys of objects stored before `before` (any variant), a batch at a time: what the
   * clean-up job compares with the rows that name them (lib/uploads/cleanup.ts).
   */
  keysStoredBefore(before: Date): AsyncIterable<string[]>;
  /** Deletes half-written leftovers (a process killed mid-write) older than `before`; how many. */
  deleteStaleTemporaries(before: Date): Promise<number>;
}

const KEY_BATCH = 200;

const KEY_PATTERN = /^[a-f0-9]{32}$/;

/** A fresh random storage key (128 bits, hex). */
export function newStorageKey(): string {
  return crypto.randomBytes(16).toString("hex");
}

function assertKey(key: string) {
  if (!KEY_PATTERN.test(key)) throw new Error("invalid storage key");
}

function assertVariant(variant: string): asserts variant is PhotoVariant {
  if (!PHOTO_VARIANTS.includes(variant as PhotoVariant)) throw new Error("invalid photo variant");
}

/** Files under `dir`, fanned out by the key's first two characters: <dir>/ab/abcdef… (+ `.thumb`). */
export function localDiskStorage(dir: string): PhotoStorage {
  const root = path.resolve(dir);
  const fileOf = (key: string, variant: PhotoVariant) => {
    assertKey(key);
    assertVariant(variant);
    return path.join(root, key.slice(0, 2), variant === "full" ? key : `${key}.${variant}`);
  };
  return {
    async put(key, bytes, variant = "full") {
      const file = fileOf(key, variant);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes, { flag: "wx" });
      await fs.rename(tmp, file);
    },
    async get(key, variant = "full") {
      try {
        return new Uint8Array(await fs.readFile(fileOf(key, variant)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      await Promise.all(PHOTO_VARIANTS.map((variant) => fs.rm(fileOf(key, variant), { force: true })));
    },
    async *keysStoredBefore(before) {
      let batch: string[] = [];
      // A key's variants sit in one folder: remembering the folder's keys is enough.
      let folder = "";
      let seen = new Set<string>();
      for await (const { file, name, mtime } of filesUnder(root)) {
        const key = name.slice(0, 32);
        if (!KEY_PATTERN.test(key) || name.endsWith(".tmp") || mtime >= before) continue;
        if (!(name === key || PHOTO_VARIANTS.some((v) => name === `${key}.${v}`))) continue;
        if (path.dirname(file) !== folder) {
          folder = path.dirname(file);
          seen = new Set();
        }
        if (seen.has(key)) continue;
        seen.add(key);
        batch.push(key);
        if (batch.length >= KEY_BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    },
    async deleteStaleTemporaries(before) {
      let deleted = 0;
      for await (const { file, name, mtime } of filesUnder(root)) {
        if (!name.endsWith(".tmp") || mtime >= before) continue;
        await fs.rm(file, { force: true });
        deleted++;
      }
      return deleted;
    },
  };
}

/** The files in the fan-out folders under `root` (<root>/ab/…), with their modification times. */
async function* filesUnder(root: string): AsyncIterable<{ file: string; name: string; mtime: Date }> {
  let folders: string[];
  try {
    folders = await fs.readdir(root);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
    throw e;
  }
  for (const folder of folders) {
    if (!/^[a-f0-9]{2}$/.test(folder)) continue;
    let names: string[];
    try {
      names = await fs.readdir(path.join(root, folder));
    } catch {
      continue; // not a folder, or gone meanwhile
    }
    for (const name of names) {
      const file = path.join(root, folder, name);
      try {
        const stat = await fs.stat(file);
        if (stat.isFile()) yield { file, name, mtime: stat.mtime };
      } catch {
        // deleted meanwhile
      }
    }
  }
}

/** Rows of the PhotoObject table (BLOB on SQLite, bytea on PostgreSQL), visible to every instance. */
export function databaseStorage(): PhotoStorage {
  return {
    async put(key, bytes, variant = "full") {
      assertKey(key);
      assertVariant(variant);
      await prisma.photoObject.create({ data: { storageKey: key, variant, bytes: bytes as Uint8Array<ArrayBuffer> } });
    },
    async get(key, variant = "full") {
      assertKey(key);
      assertVariant(variant);
      const row = await prisma.photoObject.findUnique({ where: { storageKey_variant: { storageKey: key, variant } }, select: { bytes: true } });
      return row ? row.bytes : null;
    },
    async delete(key) {
      assertKey(key);
      await prisma.photoObject.deleteMany({ where: { storageKey: key } });
    },
    async *keysStoredBefore(before) {
      let after = "";
      for (;;) {
        const rows = await prisma.photoObject.findMany({
          where: { createdAt: { lt: before }, storageKey: { gt: after } },
          select: { storageKey: true },
          distinct: ["storageKey"],
          orderBy: { storageKey: "asc" },
          take: KEY_BATCH,
        });
        if (rows.length) yield rows.map((r) => r.storageKey);
        if (rows.length < KEY_BATCH) return;
        after = rows[rows.length - 1].storageKey;
      }
    },
    async deleteStaleTemporaries() {
      return 0; // a row is written whole or not at all
    },
  };
}

let storage: PhotoStorage | undefined;

/** The storage the app uses: PHOTO_STORAGE=local (files under UPLOAD_DIR, the default) or database. */
export function photoStorage(): PhotoStorage {
  storage ??= env().PHOTO_STORAGE === "database" ? databaseStorage() : localDiskStorage(env().UPLOAD_DIR);
  return storage;
}
