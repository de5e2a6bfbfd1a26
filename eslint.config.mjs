import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    // Tests read loosely typed JSON responses.
    files: ["tests/**", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-test*/**",
      "backups/**",
      "generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "prisma/postgres/**",
    ],
  },
];
export default config;
