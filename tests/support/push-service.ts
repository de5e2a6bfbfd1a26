import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
// @ts-expect-error http_ece ships no types
import ece from "http_ece";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";

// A push service of the tests' own, on loopback over http (the test server lists its host in
// PUSH_ENDPOINT_HOSTS). Each subscription it hands out has its own endpoint and a browser's key
// pair (P-256 ECDH + a 16-byte auth secret). Every push that arrives is checked as a browser's
// push service and the browser would: the VAPID `Authorization: vapid t=…, k=…` header (an ES256
// JWT signed by k, `aud` the endpoint's origin, `exp` in the future and at most 24 h ahead, `sub`
// a mailto: or https: URL), `TTL`, `Content-Encoding: aes128gcm`; then the body is decrypted
// with the subscription's keys (RFC 8291, the `http_ece` package). What arrived is kept for the
// test to read; a push that fails a check is kept with its `error` (and answered 400/401).

export type Behaviour =
  | { kind: "ok" }
  /** 404/410: the subscription is gone. */
  | { kind: "gone"; status?: 404 | 410 }
  /** `times` answers of `status` (5xx), then 201s. */
  | { kind: "fail"; status: number; times: number }
  /** Takes the request and never answers (a dead or overloaded service). */
  | { kind: "stall" };

export type ReceivedPush = {
  at: number;
  status: number;
  headers: http.IncomingHttpHeaders;
  bodyBytes: number;
  payload?: { id: number; kind: string; title: string; body: string; link: string };
  jwt?: { aud: string; exp: number; sub: string };
  vapidKey?: string;
  error?: string;
};

export type TestSubscription = {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  received: ReceivedPush[];
  /** Requests that arrived, answered or not (a stalled one counts here, not in `received`). */
  arrivals: number;
  behaviour: Behaviour;
};

export type PushService = {
  origin: string;
  subscribe(behaviour?: Behaviour): TestSubscription;
  /** Waits until `sub` has received at least `count` pushes (any status); fails after `timeoutMs`. */
  waitFor(sub: TestSubscription, count: number, timeoutMs?: number): Promise<ReceivedPush[]>;
  close(): Promise<void>;
};

type Keys = { ecdh: crypto.ECDH; auth: Buffer };

async function checkVapid(
  authorization: string | undefined,
  origin: string,
): Promise<{ jwt: ReceivedPush["jwt"]; key: string }> {
  const m = /^vapid\s+t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? "");
  if (!m) throw new Error(`Authorization is not "vapid t=…, k=…": ${authorization}`);
  const [, token, k] = m;
  const point = Buffer.from(k, "base64url");
  if (point.length !== 65 || point[0] !== 4)
    throw new Error("k is not an uncompressed P-256 point");
  if (decodeProtectedHeader(token).alg !== "ES256") throw new Error("the JWT is not ES256");
  const key = await importJWK(
    {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    "ES256",
  );
  const { payload } = await jwtVerify(token, key, { algorithms: ["ES256"] }); // signature + exp
  const now = Math.floor(Date.now() / 1000);
  if (payload.aud !== origin) throw new Error(`aud ${String(payload.aud)} is not ${origin}`);
  if (typeof payload.exp !== "number" || payload.exp <= now || payload.exp > now + 24 * 3600 + 60)
    throw new Error(`exp ${payload.exp} is not within the next 24 hours`);
  if (typeof payload.sub !== "string" || !/^(mailto:|https:)/.test(payload.sub))
    throw new Error(`sub ${String(payload.sub)} is not a mailto: or https: URL`);
  return { jwt: { aud: payload.aud, exp: payload.exp, sub: payload.sub }, key: k };
}

export async function startPushService(host = "127.0.0.1"): Promise<PushService> {
  const subs = new Map<string, { sub: TestSubscription; keys: Keys; failures: number }>();
  const stalled = new Set<http.ServerResponse>();
  let origin = "";

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const token = /^\/push\/([\w-]+)$/.exec(req.url ?? "")?.[1];
      const entry = token ? subs.get(token) : undefined;
      if (!entry || req.method !== "POST") {
        res.writeHead(404).end();
        return;
      }
      const { sub, keys } = entry;
      sub.arrivals++;
      const b = sub.behaviour;
      if (b.kind === "stall") {
        stalled.add(res);
        return;
      }
      const body = Buffer.concat(chunks);
      const got: ReceivedPush = {
        at: Date.now(),
        status: 201,
        headers: req.headers,
        bodyBytes: body.length,
      };
      try {
        const ttl = Number(req.headers.ttl);
        if (!Number.isInteger(ttl) || ttl < 0 || ttl > 86_400) throw new Error(`TTL ${ttl}`);
        if (req.headers["content-encoding"] !== "aes128gcm")
          throw new Error(`Content-Encoding ${req.headers["content-encoding"]}`);
        const vapid = await checkVapid(req.headers.authorization, origin);
        got.jwt = vapid.jwt;
        got.vapidKey = vapid.key;
        const plain: Buffer = ece.decrypt(body, {
          version: "aes128gcm",
          privateKey: keys.ecdh,
          authSecret: keys.auth.toString("base64url"),
        });
        got.payload = JSON.parse(plain.toString("utf8"));
      } catch (e) {
        got.error = (e as Error).message;
        got.status = 400;
      }
      if (!got.error) {
        if (b.kind === "gone") got.status = b.status ?? 410;
        else if (b.kind === "fail" && entry.failures < b.times) {
          entry.failures++;
          got.status = b.status;
        }
      }
      sub.received.push(got);
      res.writeHead(got.status, { "content-type": "text/plain" }).end(got.error ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://${host}:${port}`;

  return {
    origin,
    subscribe(behaviour = { kind: "ok" }) {
      const ecdh = crypto.createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = crypto.randomBytes(16);
      const token = crypto.randomBytes(12).toString("base64url");
      const sub: TestSubscription = {
        endpoint: `${origin}/push/${token}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString("base64url"),
          auth: auth.toString("base64url"),
        },
        received: [],
        arrivals: 0,
        behaviour,
      };
      subs.set(token, { sub, keys: { ecdh, auth }, failures: 0 });
      return sub;
    },
    async waitFor(sub, count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (sub.received.length < count) {
        if (Date.now() > deadline)
          throw new Error(
            `expected ${count} push(es) at ${sub.endpoint}, got ${sub.received.length} in ${timeoutMs} ms`,
          );
        await new Promise((r) => setTimeout(r, 50));
      }
      return sub.received;
    },
    async close() {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
