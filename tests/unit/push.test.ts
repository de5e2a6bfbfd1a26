import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import webpush from "web-push";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { endpointRefusal, isLoopbackHost, parseHostRules } from "@/lib/push/endpoints";
import { MAX_PLAINTEXT_BYTES, pushPayloadJson } from "@/lib/push/payload";
import { backoffMs, MAX_ATTEMPTS } from "@/lib/push/queue";
import { isKeyPair, loadOrCreateKeysFile } from "@/lib/push/vapid";
import { recordKeyInUse, vapidKeyMismatch, WINDOW_MS } from "@/lib/push/keys-in-use";

// Web Push rules that need no server: the endpoint guard (SSRF), the payload cap, the backoff,
// the VAPID key pair kept in .data/, and the cross-instance key check (on the real database).

// The server's own pair here is the one in .data/vapid-keys.json (made on first use), as in a
// local run; these tests make their own pairs where they need others.
const keys = webpush.generateVAPIDKeys();

describe("endpointRefusal", () => {
  const rules = parseHostRules(
    "fcm.googleapis.com, *.notify.windows.com,127.0.0.2, localhost:9000, bad host!, [::1]",
  );
  it("takes https on a listed host, and http only on a listed loopback host", () => {
    for (const ok of [
      "https://fcm.googleapis.com/fcm/send/x",
      "https://fcm.googleapis.com:443/fcm/send/x",
      "https://db5p.notify.windows.com/w/?token=x",
      "http://127.0.0.2:8123/push/x",
      "https://127.0.0.2/push/x",
      "http://localhost:9000/x",
      "http://[::1]:4000/x",
      "HTTPS://FCM.GOOGLEAPIS.COM/fcm/send/x",
    ])
      expect(endpointRefusal(ok, rules), ok).toBeNull();
  });
  it("refuses everything else", () => {
    for (const bad of [
      "http://fcm.googleapis.com/fcm/send/x",
      "https://notify.windows.com/w/x",
      "https://evil.notify.windows.com.example/w",
      "http://127.0.0.1:8123/push/x",
      "http://127.0.0.3/push/x",
      "http://localhost:9001/x",
      "https://localhost/x",
      "https://fcm.googleapis.com@127.0.0.1/x",
      "https://a:b@fcm.googleapis.com/x",
      "ws://fcm.googleapis.com/x",
      "data:text/plain,hi",
      "/relative",
      "",
    ])
      expect(endpointRefusal(bad, rules), bad).not.toBeNull();
  });
  it("takes entries written as URLs", () => {
    const written = parseHostRules("http://127.0.0.2:9000/, https://fcm.googleapis.com");
    expect(endpointRefusal("http://127.0.0.2:9000/push/x", written)).toBeNull();
    expect(endpointRefusal("http://127.0.0.2:9001/push/x", written)).not.toBeNull();
    expect(endpointRefusal("https://fcm.googleapis.com/fcm/send/x", written)).toBeNull();
  });
  it("knows loopback", () => {
    expect(["127.0.0.1", "127.255.0.9", "localhost", "[::1]"].every(isLoopbackHost)).toBe(true);
    expect(["127.0.0.256", "10.0.0.1", "0.0.0.0", "128.0.0.1"].some(isLoopbackHost)).toBe(false);
  });
});

describe("pushPayloadJson", () => {
  it("carries id, kind, title, body and a path link", () => {
    const json = pushPayloadJson({
      id: 7,
      kind: "MESSAGE",
      text: "새 쪽지: 안녕",
      link: "/messages/3",
    });
    expect(JSON.parse(json)).toEqual({
      id: 7,
      kind: "MESSAGE",
      title: "새 쪽지",
      body: "새 쪽지: 안녕",
      link: "/messages/3",
    });
  });
  it("never hands out another origin as the link", () => {
    for (const link of [
      "//evil.example/x",
      "https://evil.example",
      "/\\evil.example",
      "javascript:x",
    ])
      expect(JSON.parse(pushPayloadJson({ id: 1, kind: "HOT", text: "t", link })).link).toBe(
        "/notifications",
      );
  });
  it("cuts the body by whole characters to stay within the cap", () => {
    const text = "😀가a".repeat(2000);
    const json = pushPayloadJson({ id: 1, kind: "COMMENT", text, link: "/posts/1" });
    expect(Buffer.byteLength(json)).toBeLessThanOrEqual(MAX_PLAINTEXT_BYTES);
    expect(Buffer.byteLength(json)).toBeGreaterThan(MAX_PLAINTEXT_BYTES - 8);
    const body: string = JSON.parse(json).body;
    expect(body.endsWith("…")).toBe(true);
    expect(text.startsWith(body.slice(0, -1))).toBe(true);
    expect(body).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no half of a surrogate pair
  });
});

describe("backoff", () => {
  it("grows fourfold from ~2 s and is capped; a Retry-After is honoured", () => {
    const runs = Array.from({ length: MAX_ATTEMPTS }, (_, i) => backoffMs(i + 1));
    expect(runs[0]).toBeGreaterThanOrEqual(1800);
    expect(runs[0]).toBeLessThanOrEqual(2200);
    for (let i = 1; i < runs.length; i++) expect(runs[i]).toBeGreaterThan(runs[i - 1] * 3);
    expect(backoffMs(50)).toBeLessThanOrEqual(60 * 60_000);
    expect(backoffMs(1, 120_000)).toBe(120_000);
  });
});

describe("VAPID keys kept in .data/", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "campustime-vapid-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are made once and read back", () => {
    const file = path.join(dir, "one", "vapid-keys.json");
    const first = loadOrCreateKeysFile(file);
    expect(isKeyPair(first.publicKey, first.privateKey)).toBe(true);
    expect(loadOrCreateKeysFile(file)).toEqual(first);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  it("several processes starting at once agree on one pair", async () => {
    const file = path.join(dir, "race", "vapid-keys.json");
    // The same steps as loadOrCreateKeysFile in 6 threads at once (a thread has its own module
    // state, like a cluster worker): each makes a pair aside and links it into place.
    const script = `
      const fs = require("node:fs"), path = require("node:path"), crypto = require("node:crypto");
      const { workerData, parentPort } = require("node:worker_threads");
      const webpush = require(${JSON.stringify(require.resolve("web-push"))});
      const file = workerData;
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (!fs.existsSync(file)) {
        const aside = file + "." + crypto.randomBytes(4).toString("hex") + ".tmp";
        fs.writeFileSync(aside, JSON.stringify(webpush.generateVAPIDKeys()));
        try { fs.linkSync(aside, file); } catch (e) { if (e.code !== "EEXIST") throw e; }
        fs.rmSync(aside, { force: true });
      }
      parentPort.postMessage(JSON.parse(fs.readFileSync(file, "utf8")).publicKey);`;
    const seen = await Promise.all(
      Array.from(
        { length: 6 },
        () =>
          new Promise<string>((resolve, reject) => {
            const w = new Worker(script, { eval: true, workerData: file });
            w.once("message", resolve);
            w.once("error", reject);
          }),
      ),
    );
    expect(new Set(seen).size).toBe(1);
    expect(loadOrCreateKeysFile(file).publicKey).toBe(seen[0]);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["vapid-keys.json"]);
  });

  it("a file that does not hold a pair is refused, not used", () => {
    const file = path.join(dir, "bad.json");
    const other = webpush.generateVAPIDKeys();
    fs.writeFileSync(
      file,
      JSON.stringify({ publicKey: keys.publicKey, privateKey: other.privateKey }),
    );
    expect(() => loadOrCreateKeysFile(file)).toThrow(/does not hold a VAPID key pair/);
  });
});

describe("one VAPID key across instances", () => {
  it("is ready alone; another key in use within the window is a mismatch; an old one is not", async () => {
    await prisma.pushKeyUse.deleteMany({});
    const now = Date.now();
    await recordKeyInUse(now, true);
    expect(await vapidKeyMismatch(now)).toBe(false);

    const other = webpush.generateVAPIDKeys().publicKey;
    await prisma.pushKeyUse.create({ data: { publicKey: other, seenAt: BigInt(now - 1000) } });
    expect(await vapidKeyMismatch(now)).toBe(true);

    // After a change of key on every instance, the old one ages out.
    await prisma.pushKeyUse.update({
      where: { publicKey: other },
      data: { seenAt: BigInt(now - WINDOW_MS - 1) },
    });
    expect(await vapidKeyMismatch(now)).toBe(false);
    await prisma.pushKeyUse.deleteMany({});
  });
});
