// Prisma's CLI tries to download a schema engine it does not need for `generate`; point it at a no-op
// so generation works offline.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
if (existsSync("prisma/schema.prisma")) {
  execFileSync("npx", ["prisma", "generate"], {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/true" },
  });
}
