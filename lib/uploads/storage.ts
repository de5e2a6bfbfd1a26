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
}

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
  };
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
  };
}

let storage: PhotoStorage | undefined;

/** The storage the app uses: PHOTO_STORAGE=local (files under UPLOAD_DIR, the default) or database. */
export function photoStorage(): PhotoStorage {
  storage ??= env().PHOTO_STORAGE === "database" ? databaseStorage() : localDiskStorage(env().UPLOAD_DIR);
  return storage;
}
