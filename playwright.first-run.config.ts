// The non-demo journey: its own server on an empty embedded database started with --no-demo, so the
// demo journeys (playwright.config.ts) and this one never share data. `npm test` runs both.
import { defineConfig, devices } from "@playwright/test";
import os from "node:os";
import path from "node:path";
import { browserUse } from "./playwright.config";

const port = Number(process.env.E2E_FIRST_RUN_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 5);
// Workers load this file again in their own process: they inherit the runner's choice through the env.
process.env.E2E_FIRST_RUN_DATA_DIR ??= path.join(os.tmpdir(), `dvk-e2e-first-run-${process.pid}`);
const dataDir = process.env.E2E_FIRST_RUN_DATA_DIR;
const setupLinkFile = path.join(dataDir, "setup-link.txt");
process.env.DVK_E2E_SETUP_LINK_FILE = setupLinkFile;

export default defineConfig({
  testDir: "tests/e2e-first-run",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${port}`, ...browserUse },
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx scripts/start.ts --no-demo",
    url: `http://127.0.0.1:${port}/dang-nhap`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "pipe",
    env: {
      PORT: String(port),
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(port + 1000),
      DVK_EPHEMERAL: "1",
      DATABASE_URL: "",
      DVK_SETUP_LINK_FILE: setupLinkFile,
    },
  },
});
