// Where the login form may send a user afterwards: only a path on this site. Anything that
// could leave it (an absolute URL, //host, /\host, a scheme, control characters) becomes "/".
const BASE = "http://campustime.invalid";

export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2000) return "/";
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Back to the sign-in pages would be a loop; the API is not a page.
  if (/^\/(login|signup)(\/|$|\?)/.test(path) || path.startsWith("/api/")) return "/";
  return path;
}
