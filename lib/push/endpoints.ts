import "server-only";
import { env } from "@/lib/env";

// The SSRF guard of Web Push: the server POSTs to a subscription's endpoint, so the endpoint must
// name one of the push services in PUSH_ENDPOINT_HOSTS (default: the browsers' own), over https.
// Only a loopback host that is listed may use http (a test's own push service). Anything else is
// refused when the subscription is made, and checked again before every send (the list may have
// changed since).

type HostRule = { host: string; wildcard: boolean; port: string | null };

/** "127.0.0.1", "[::1]", "localhost" and the rest of 127.0.0.0/8. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  if (h === "localhost" || h === "[::1]" || h === "::1") return true;
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  return !!m && m.slice(1).every((n) => Number(n) <= 255);
}

/** Parses the list: `host`, `*.suffix`, either with `:port`; blanks and garbage are skipped. */
export function parseHostRules(list: string): HostRule[] {
  const rules: HostRule[] = [];
  for (const raw of list.split(/[,\s]+/)) {
    // A scheme or a trailing slash an operator may write ("http://127.0.0.2:9000/") is dropped.
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, "")
      .replace(/\/+$/, "");
    if (!entry) continue;
    const wildcard = entry.startsWith("*.");
    try {
      const u = new URL(`http://${wildcard ? entry.slice(2) : entry}`);
      if (u.pathname !== "/" || u.username || u.password || u.search) continue;
      rules.push({ host: u.hostname, wildcard, port: u.port || null });
    } catch {
      // not a host: skipped (an operator's typo allows nothing)
    }
  }
  return rules;
}

let cached: { list: string; rules: HostRule[] } | undefined;
function rules(): HostRule[] {
  const list = env().PUSH_ENDPOINT_HOSTS;
  if (cached?.list !== list) cached = { list, rules: parseHostRules(list) };
  return cached.rules;
}

/**
 * Why an endpoint is refused, or null when the server may send to it. A host entry without a
 * port allows any port of that host; `*.example.com` allows its subdomains (not itself).
 */
export function endpointRefusal(endpoint: string, hostRules: HostRule[] = rules()): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return "endpoint가 올바른 URL이 아닙니다.";
  }
  if (url.username || url.password) return "endpoint에 계정 정보를 넣을 수 없습니다.";
  const host = url.hostname.toLowerCase();
  const loopback = isLoopbackHost(host);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    return "endpoint는 https 주소여야 합니다.";
  const listed = hostRules.some(
    (r) =>
      (r.wildcard ? host.endsWith(`.${r.host}`) : host === r.host) &&
      (r.port === null || r.port === url.port),
  );
  return listed ? null : "허용된 푸시 서비스의 주소가 아닙니다.";
}

/** The endpoint's host for logs (the path is a secret of the subscription: never logged). */
export const endpointHost = (endpoint: string): string => {
  try {
    return new URL(endpoint).host;
  } catch {
    return "(invalid)";
  }
};
