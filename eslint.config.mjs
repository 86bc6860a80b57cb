import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports flow one way: app → components → lib (docs/decisions/0005-layering-and-action-registry.md).
const PRISMA = {
  group: ["@/lib/generated/*", "@/lib/generated/**", "@/lib/db/client", "@prisma/*", "**/lib/generated/**"],
  message: "No Prisma in app/ or components/: call a use case in lib/ (enums come from @/lib/enums).",
};
const APP = {
  group: ["@/app", "@/app/*", "@/app/**", "**/app/(*)/**"],
  message: "Nothing imports from app/: move the shared type or function into lib/ (or components/).",
};
const COMPONENTS = {
  group: ["@/components", "@/components/*", "@/components/**"],
  message: "lib/ never imports components/: the shape belongs in lib/, components import it from there.",
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "lib/generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
    ],
  },
  {
    // Tests included: the integration tests of app/'s form adapters, which read rows, live in tests/integration/.
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [PRISMA, APP] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [APP, COMPONENTS] }] },
  },
];

export default config;
