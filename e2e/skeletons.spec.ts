import fs from "node:fs";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

// The loading skeletons, rendered on purpose (issue 27). A real page load shows them only for as
// long as the server takes, so the journeys' axe runs wait for the real content instead; here
// every app/**/loading.tsx is rendered into a document with the app's stylesheets, its <html lang>
// and classes (light and dark) and checked by axe, and each must tell a screen reader, in words, that it is
// loading: a busy region with a role="status" text.

function loadingFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "api" ? [] : loadingFiles(p);
    return e.name === "loading.tsx" ? [p] : [];
  });
}

const FILES = loadingFiles(path.resolve("app"));

test("every loading skeleton is announced and axe-clean (light and dark)", async ({ page }) => {
  expect(FILES.length, "app/**/loading.tsx found").toBeGreaterThanOrEqual(5);
  // The app's stylesheets and the classes of its <html> and <body>, from a real page; each skeleton
  // then gets a document of its own with those and no script, so nothing (hydration, a refresh)
  // can re-render the page under the test.
  await page.goto("/login");
  const shell = await page.evaluate(() => ({
    styles: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map(
      (l) => l.href,
    ),
    htmlClass: document.documentElement.className,
    bodyClass: document.body.className,
  }));
  const links = shell.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join("");
  for (const file of FILES) {
    const mod = (await import(file)) as { default: ComponentType };
    const html = renderToStaticMarkup(createElement(mod.default));
    const label = path.relative("app", file);
    await page.setContent(
      `<!doctype html><html lang="ko" class="${shell.htmlClass}"><head><meta charset="utf-8">` +
        `<title>${label}</title>${links}</head>` +
        `<body class="${shell.bodyClass}"><main>${html}</main></body></html>`,
      { waitUntil: "load" },
    );
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const busy = page.locator('main [aria-busy="true"]');
      await expect(busy, `${label}: a busy region`).toHaveCount(1);
      await expect(busy.getByRole("status"), `${label}: says what is loading, in words`).toHaveText(
        /불러오는 중/,
      );
      await expectNoSeriousA11yViolations(page, `${label} (${scheme})`);
    }
  }
});
