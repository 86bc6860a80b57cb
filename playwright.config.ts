import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = Number(process.env.E2E_PORT ?? 3100);
const browser = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
  (p) => p && fs.existsSync(p),
);

/** The browser every journey runs in (the first-run journey's config reuses it). */
export const browserUse = {
  locale: "vi-VN",
  timezoneId: "Asia/Ho_Chi_Minh",
  trace: "retain-on-failure",
  launchOptions: {
    executablePath: browser,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  },
} satisfies PlaywrightTestConfig["use"];
// A throwaway embedded database for the journeys, seeded with the demo data by the start script.
const dataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), `dvk-e2e-${process.pid}`);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${port}`, ...browserUse },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, testIgnore: /mobile/ },
    { name: "mobile", use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } }, testMatch: /mobile/ },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts",
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
    },
  },
});
