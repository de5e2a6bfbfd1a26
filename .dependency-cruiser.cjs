// Import cycles are refused among the code people write (STYLE.md item 15): `npm run lint` and
// the lint stage of scripts/test.sh run `npm run check:cycles`. Type-only imports count: a cycle
// of types is still two modules that cannot be read one without the other.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle: break it (a module of its own for what both sides need).",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Generated code is not ours to arrange (the Prisma client has cycles of its own).
    exclude: { path: "(^|/)(generated|node_modules)/|^\\.next" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mjs", ".js", ".cjs", ".d.ts"],
    },
  },
};
