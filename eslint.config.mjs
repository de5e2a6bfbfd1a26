import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", "generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "prisma/postgres/**"],
  },
];
export default config;
