import { defineConfig } from "vitest/config";
import path from "node:path";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Use-case modules import "server-only"; outside Next's react-server build it would throw.
      "server-only": path.join(root, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts",
      "app/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    globalSetup: ["tests/setup/global-db.ts"],
    setupFiles: ["tests/setup/file-db.ts"],
    pool: "forks",
    // next-auth imports `next/server` without an extension, which Node's ESM resolver rejects.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
