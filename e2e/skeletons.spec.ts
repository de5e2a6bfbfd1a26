import fs from "node:fs";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";

// The loading skeletons, rendered on purpose (issue 27). A real page load shows them only for as
// long as the server takes, so the journeys' axe runs wait for the real content instead; here
// every app/**/loading.tsx is rendered into a page of the app (its stylesheet, its <html lang>,
// light and dark) and checked by axe, and each must tell a screen reader, in words, that it is
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
  await page.goto("/login");
  for (const file of FILES) {
    const mod = (await import(file)) as { default: ComponentType };
    const html = renderToStaticMarkup(createElement(mod.default));
    const label = path.relative("app", file);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((markup) => {
        const main = document.querySelector("main");
        if (!main) throw new Error("the login page has no <main>");
        main.innerHTML = markup;
      }, html);
      const busy = page.locator('main [aria-busy="true"]');
      await expect(busy, `${label}: a busy region`).toHaveCount(1);
      await expect(busy.getByRole("status"), `${label}: says what is loading, in words`).toHaveText(
        /불러오는 중/,
      );
      await expectNoSeriousA11yViolations(page, `${label} (${scheme})`);
    }
  }
});
