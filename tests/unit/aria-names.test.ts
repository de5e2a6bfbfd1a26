import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// ARIA forbids naming an element whose role is generic or one of a few text-level roles: an
// aria-label on a plain <div> or <span> is ignored by screen readers, and axe fails it as
// aria-prohibited-attr (issue 27: the loading skeletons failed CI whenever axe caught them on
// screen). This reads every JSX element in app/ and components/ and refuses such names anywhere,
// whether or not a browser test ever sees the element.

/** Tags whose implicit role is generic (or has no role) and so cannot carry a name. */
const GENERIC_TAGS = new Set(
  "div span p b i em strong small code pre del ins sub sup s u mark q abbr time data bdi bdo".split(
    " ",
  ),
);
/** Explicit roles that prohibit aria-label / aria-labelledby (WAI-ARIA 1.2). */
const UNNAMEABLE_ROLES = new Set(
  "generic presentation none paragraph caption code deletion emphasis insertion strong subscript superscript time".split(
    " ",
  ),
);

function tsxFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(p);
    return e.name.endsWith(".tsx") ? [p] : [];
  });
}

type Found = { file: string; line: number; tag: string; role: string | null };

function namedGenericElements(file: string): Found[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) {
      const tag = node.tagName.getText(source);
      const attrs = new Map<string, ts.JsxAttribute>();
      for (const a of node.attributes.properties) {
        if (ts.isJsxAttribute(a)) attrs.set(a.name.getText(source), a);
      }
      const named = attrs.has("aria-label") || attrs.has("aria-labelledby");
      if (named && /^[a-z]/.test(tag)) {
        const roleAttr = attrs.get("role");
        const init = roleAttr?.initializer;
        const role =
          init && ts.isStringLiteral(init) ? init.text : roleAttr ? "(expression)" : null;
        const bad = role === null ? GENERIC_TAGS.has(tag) : UNNAMEABLE_ROLES.has(role);
        if (bad) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          found.push({ file: path.relative(process.cwd(), file), line, tag, role });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("accessible names only where ARIA allows them", () => {
  const files = [...tsxFiles(path.resolve("app")), ...tsxFiles(path.resolve("components"))];

  it("reads the app's components", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("no aria-label or aria-labelledby on an element whose role cannot be named", () => {
    const found = files.flatMap(namedGenericElements);
    expect(
      found.map((f) => `${f.file}:${f.line} <${f.tag}${f.role ? ` role="${f.role}"` : ""}>`),
    ).toEqual([]);
  });

  it("would catch the skeletons of issue 27", () => {
    const file = path.join(fs.mkdtempSync(path.join(process.cwd(), ".tmp-aria-")), "x.tsx");
    try {
      fs.writeFileSync(
        file,
        `export const A = () => <div aria-busy="true" aria-label="불러오는 중" />;
         export const B = () => <span role="img" aria-label="5점">★</span>;
         export const C = () => <p role="presentation" aria-label="x" />;`,
      );
      expect(namedGenericElements(file).map((f) => f.tag)).toEqual(["div", "p"]);
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });
});
