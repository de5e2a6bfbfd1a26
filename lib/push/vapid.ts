import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import webpush from "web-push";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";

// The VAPID key pair (RFC 8292) that signs every push. VAPID_PUBLIC_KEY + VAPID_PRIVATE_KEY
// when set (both, and a matching pair, or the server refuses to start); otherwise a pair made
// once and kept in .data/vapid-keys.json, like the local AUTH_SECRET in .data/auth-secret, so
// browsers' subscriptions survive restarts. Every instance must use the same pair: a browser
// subscribes with the public key it was given, and a push signed with another key is refused by
// its push service (lib/push/keys-in-use.ts makes a mismatch fail readiness).

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export const LOCAL_KEYS_FILE = path.join(".data", "vapid-keys.json");

/** Whether `publicKey` is the public half of `privateKey` (both base64url). */
export function isKeyPair(publicKey: string, privateKey: string): boolean {
  try {
    const ecdh = crypto.createECDH("prime256v1");
    ecdh.setPrivateKey(Buffer.from(privateKey, "base64url"));
    return ecdh.getPublicKey().equals(Buffer.from(publicKey, "base64url"));
  } catch {
    return false;
  }
}

function readKeysFile(file: string): { publicKey: string; privateKey: string } {
  const keys = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  if (
    typeof keys.publicKey !== "string" ||
    typeof keys.privateKey !== "string" ||
    !isKeyPair(keys.publicKey, keys.privateKey)
  )
    throw new Error(`${file} does not hold a VAPID key pair; delete it to make a new one`);
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

/**
 * The pair in `file`, made there first when missing. Several processes starting at once agree:
 * the file appears whole (written aside, then hard-linked into place, which fails when another
 * process was first; then that one's pair is read).
 */
export function loadOrCreateKeysFile(file: string): { publicKey: string; privateKey: string } {
  if (fs.existsSync(file)) return readKeysFile(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fresh = webpush.generateVAPIDKeys();
  const aside = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(aside, `${JSON.stringify(fresh)}\n`, { mode: 0o600 });
  try {
    fs.linkSync(aside, file);
    logger.warn(
      { file },
      "VAPID_PUBLIC_KEY/VAPID_PRIVATE_KEY are not set: made a key pair for Web Push in this file (set them in production, the same on every instance)",
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  } finally {
    fs.rmSync(aside, { force: true });
  }
  return readKeysFile(file);
}

let cached: VapidKeys | undefined;

/** The pair in force (read or made once per process). Throws on a bad configuration. */
export function vapidKeys(): VapidKeys {
  if (cached) return cached;
  const e = env();
  let pair: { publicKey: string; privateKey: string };
  if (e.VAPID_PUBLIC_KEY || e.VAPID_PRIVATE_KEY) {
    if (!e.VAPID_PUBLIC_KEY || !e.VAPID_PRIVATE_KEY)
      throw new Error("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY must be set together");
    if (!isKeyPair(e.VAPID_PUBLIC_KEY, e.VAPID_PRIVATE_KEY))
      throw new Error("VAPID_PUBLIC_KEY is not the public key of VAPID_PRIVATE_KEY");
    pair = { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY };
  } else {
    pair = loadOrCreateKeysFile(path.resolve(LOCAL_KEYS_FILE));
  }
  cached = { ...pair, subject: e.VAPID_SUBJECT };
  return cached;
}
