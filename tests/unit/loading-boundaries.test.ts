import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A loading.tsx is a Suspense boundary: the shell above it streams out with HTTP 200 before the
// page below runs, so a page's notFound() can only swap in the not-found text, too late for the
// status (issue 12, UX 9). Pages that can be missing must have no loading.tsx above them.
// tests/api/page-status.test.ts checks the status itself for the routes that exist today.

const APP = path.resolve("app");

function pages(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "api" ? [] : pages(p);
    return e.name === "page.tsx" ? [p] : [];
  });
}

function loadingAbove(page: string): string[] {
  const found: string[] = [];
  for (let dir = path.dirname(page); dir.startsWith(APP); dir = path.dirname(dir)) {
    const loading = path.join(dir, "loading.tsx");
    if (fs.existsSync(loading)) found.push(path.relative(APP, loading));
  }
  return found;
}

describe("pages that can be missing answer 404", () => {
  const canBeMissing = pages(APP).filter((p) =>
    /\b(notFound|orNotFound|pageIdParam)\(/.test(fs.readFileSync(p, "utf8")),
  );

  it("finds the pages that call notFound()", () => {
    const names = canBeMissing.map((p) => path.relative(APP, p));
    expect(names).toEqual(
      expect.arrayContaining([
        "(main)/posts/[id]/page.tsx",
        "(main)/boards/[id]/page.tsx",
        "(main)/lectures/[id]/page.tsx",
        "(main)/friends/[userId]/page.tsx",
      ]),
    );
  });

  it("has no loading.tsx boundary above any of them", () => {
    const offenders = Object.fromEntries(
      canBeMissing
        .map((p) => [path.relative(APP, p), loadingAbove(p)])
        .filter(([, l]) => l.length > 0),
    );
    expect(offenders).toEqual({});
  });
});
