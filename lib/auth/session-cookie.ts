// The name of next-auth's session cookie, in one place for everything that looks for it: the
// proxy (is anyone signed in?), the CSRF guard and CORS (is the cookie a request's credential?)
// and the session reader (which cookie to decrypt). `__Secure-` is next-auth's prefix over HTTPS;
// a cookie too large for one is split into `.0`, `.1`, … chunks. No imports: the proxy uses it.

/** The cookie's base name; next-auth also uses it (with the prefix) as the encryption salt. */
export const SESSION_COOKIE_BASE = "authjs.session-token";
/** The names the cookie goes by, HTTPS first (next-auth's own order). */
export const SESSION_COOKIE_NAMES = [
  `__Secure-${SESSION_COOKIE_BASE}`,
  SESSION_COOKIE_BASE,
] as const;

const NAME = new RegExp(
  `^(?:__Secure-)?${SESSION_COOKIE_BASE.replaceAll(".", "\\.")}(?:\\.\\d+)?$`,
);

/** Whether a cookie name is the session cookie or one of its chunks. */
export const isSessionCookieName = (name: string): boolean => NAME.test(name);

/** Whether a `Cookie` request header carries a non-empty session cookie (or chunk). */
export function hasSessionCookie(cookieHeader: string | null): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((part) => {
    const eq = part.indexOf("=");
    return (
      eq > 0 && isSessionCookieName(part.slice(0, eq).trim()) && part.slice(eq + 1).trim() !== ""
    );
  });
}

/** The session cookie among a request's cookies (name and value), its chunks joined in order. */
export function findSessionCookie(
  all: { name: string; value: string }[],
): { name: string; value: string } | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = all.find((c) => c.name === name);
    if (whole?.value) return { name, value: whole.value };
    const chunks = all.filter(
      (c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)),
    );
    if (chunks.length) {
      chunks.sort(
        (a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)),
      );
      return { name, value: chunks.map((c) => c.value).join("") };
    }
  }
  return null;
}
