import { describe, expect, it } from "vitest";
import { addressBehindProxies, normalizeAddress } from "@/lib/http/client-address";

// Which address the per-address limits count: the socket's, or N proxies back through
// X-Forwarded-For (TRUST_PROXY = N), never an entry the client could have written.

describe("client address", () => {
  it("uses the socket and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(addressBehindProxies("203.0.113.5", "1.2.3.4", 0)).toBe("203.0.113.5");
  });

  it("takes the entry the trusted proxies wrote, not what the client prepended", () => {
    // client → nginx (appends the client's address) → app: socket = nginx
    expect(addressBehindProxies("127.0.0.1", "10.0.0.1, 198.51.100.20", 1)).toBe("198.51.100.20");
    // two proxies: CDN appends the client, nginx appends the CDN
    expect(addressBehindProxies("127.0.0.1", "6.6.6.6, 198.51.100.20, 192.0.2.9", 2)).toBe(
      "198.51.100.20",
    );
    // fewer entries than trusted hops: the farthest known
    expect(addressBehindProxies("127.0.0.1", null, 1)).toBe("127.0.0.1");
    expect(addressBehindProxies("127.0.0.1", "198.51.100.20", 3)).toBe("198.51.100.20");
  });

  it("normalises IPv4-mapped IPv6 to IPv4 and counts IPv6 per /64", () => {
    expect(normalizeAddress("::ffff:203.0.113.5")).toBe("203.0.113.5");
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(normalizeAddress("not an address")).toBe("invalid");
  });
});
