// Where the login form may send a user afterwards: only a path on this site. The raw value is
// resolved against a dummy origin the way a browser would resolve it, and what comes out must be
// a same-origin path that still resolves to itself: `/.//evil.example` normalises to
// `//evil.example` (a scheme-relative URL to another host), so the normalised form is checked
// again, not the input. Backslashes (browsers read `\` as `/`), control characters and
// encoded slashes or backslashes in the path are refused outright. Anything else becomes "/".
const BASE = "http://campustime.invalid";

function sameOriginPath(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return "/";
  if (!raw.startsWith("/")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  // %2F / %5C in the path could turn into // or \ after one more decoding somewhere.
  if (/%(2f|5c)/i.test(raw.split(/[?#]/, 1)[0])) return "/";
  const path = sameOriginPath(raw);
  if (path === null) return "/";
  // The normalised path must be an ordinary absolute path and stable: read again, it is itself.
  if (!path.startsWith("/") || path.startsWith("//") || sameOriginPath(path) !== path) return "/";
  // Back to the sign-in pages would be a loop; the API is not a page.
  if (/^\/(login|signup)(\/|$|\?|#)/.test(path) || path.startsWith("/api/")) return "/";
  return path;
}
