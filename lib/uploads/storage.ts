import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

// Where photo bytes live, behind a small interface so a deployment can swap the local disk for
// object storage (S3 and the like) without touching the upload rules. Keys are random and made
// here; no part of a path ever comes from a user (file names are ignored entirely).

export interface PhotoStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when there is no such object. */
  get(key: string): Promise<Uint8Array | null>;
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

/** Files under `dir`, fanned out by the key's first two characters: <dir>/ab/abcdef…. */
export function localDiskStorage(dir: string): PhotoStorage {
  const root = path.resolve(dir);
  const fileOf = (key: string) => {
    assertKey(key);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes, { flag: "wx" });
      await fs.rename(tmp, file);
    },
    async get(key) {
      try {
        return new Uint8Array(await fs.readFile(fileOf(key)));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async delete(key) {
      await fs.rm(fileOf(key), { force: true });
    },
  };
}

let storage: PhotoStorage | undefined;

/** The storage the app uses: the local disk under UPLOAD_DIR. */
export function photoStorage(): PhotoStorage {
  storage ??= localDiskStorage(env().UPLOAD_DIR);
  return storage;
}
