import "server-only";
import { env } from "@/lib/env";

// The client's network address, for the per-address limits (logins, signups).
//
// Next.js gives route handlers and server actions no socket: its own server only fills in
// `X-Forwarded-For` from the socket when the request did not bring one (`??=` in base-server),
// so that header alone is whatever the client sent. scripts/server.mjs (which owns the sockets,
// for `npm start`, `npm run dev` and the tests) therefore stamps every incoming request with
// PEER_HEADER = the socket's remote address, overwriting anything a client sent under that name,
// before Next sees it, and sets STAMP_FLAG on globalThis (scripts/lib/raw-request-guard.mjs; the
// names are checked to match in tests/unit/raw-request-guard.test.ts).
//
// TRUST_PROXY = N (default 0) says N reverse proxies in front of the server each append the
// address they saw to X-Forwarded-For. Reading from the socket back towards the client, the
// address N hops away is the client: TRUST_PROXY=1 behind one nginx (proxy_add_x_forwarded_for)
// takes the LAST X-Forwarded-For entry; entries further left were written by the client and are
// never trusted. With TRUST_PROXY=0 X-Forwarded-For is ignored entirely.
//
// Without the stamp (a server started some other way), every request counts as "unknown": one
// shared bucket, which errs on the side of limiting, and is logged once.

export const PEER_HEADER = "x-campustime-peer";

export const STAMP_FLAG = "__campustimePeerStamp";

export function peerStampInstalled(): boolean {
  return (globalThis as Record<string, unknown>)[STAMP_FLAG] === true;
}

let warned = false;

/** IPv4-mapped IPv6 as IPv4; IPv6 reduced to its /64 (one subscriber's usual allocation). */
export function normalizeAddress(raw: string): string {
  let a = raw.trim().toLowerCase();
  if (a.startsWith("[") && a.includes("]")) a = a.slice(1, a.indexOf("]"));
  const zone = a.indexOf("%");
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return mapped[1];
  if (/^\d+\.\d+\.\d+\.\d+$/.test(a)) return a;
  if (/^[0-9a-f:]+$/.test(a) && a.includes(":")) {
    const [head, tail = ""] = a.split("::");
    const h = head ? head.split(":") : [];
    const t = a.includes("::") && tail ? tail.split(":") : [];
    const groups = a.includes("::")
      ? [...h, ...Array(Math.max(0, 8 - h.length - t.length)).fill("0"), ...t]
      : h;
    if (groups.length !== 8) return "invalid";
    return `${groups
      .slice(0, 4)
      .map((g) => (parseInt(g, 16) || 0).toString(16))
      .join(":")}::/64`;
  }
  return "invalid";
}

/** The client address of a request, per the rules above. */
export function clientAddress(headers: Headers): string {
  const peer = headers.get(PEER_HEADER);
  if (!peerStampInstalled() || !peer) {
    if (!warned) {
      warned = true;
      console.warn(
        "[rate-limit] no socket address on requests (not served by scripts/server.mjs?): per-address limits share one bucket",
      );
    }
    return "unknown";
  }
  return addressBehindProxies(peer, headers.get("x-forwarded-for"), env().TRUST_PROXY);
}

/** The address `hops` proxies away from the socket's peer, reading X-Forwarded-For from its right end. */
export function addressBehindProxies(
  peer: string,
  forwardedFor: string | null,
  hops: number,
): string {
  if (hops === 0) return normalizeAddress(peer);
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [peer, ...forwarded.reverse()]; // nearest first
  return normalizeAddress(chain[Math.min(hops, chain.length - 1)]);
}
