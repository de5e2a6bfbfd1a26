import type { Page } from "@playwright/test";

/**
 * Collects what the browser reports against the pages' Content-Security-Policy: the
 * `securitypolicyviolation` events and the console's "Refused to …" lines; with `pageErrors`, also
 * uncaught page errors. Call before the first navigation; the returned function reads the list.
 */
export async function watchViolations(page: Page, options: { pageErrors?: boolean } = {}) {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(m.text()))
      violations.push(m.text());
  });
  if (options.pageErrors) page.on("pageerror", (e) => violations.push(`page error: ${e.message}`));
  return async () => [
    ...violations,
    ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
  ];
}
