/**
 * The front-end half of issue 15's benchmark, on the production build:
 *  1. first-load JavaScript of every page, gzipped, ≤ 170 kB (scripts/first-load-js.ts);
 *  2. Lighthouse (desktop preset) on the province dashboard /thong-ke, signed in: performance,
 *     accessibility and best practices each ≥ 0.9, with the audits that fall short listed.
 *
 * Starts its own server on a throwaway embedded database with the demo data (as the browser journeys do),
 * signs in as the province officer with Playwright and hands the session cookie to Lighthouse
 * (`extraHeaders`), which drives the system Chromium through chrome-launcher.
 * `npx tsx bench/web.ts` (also run by `npm run bench`); exits 1 when a target is missed.
 * BENCH_WEB_PORT (default 3290; the database takes the port + 1000), BENCH_LH_PATH (default /thong-ke),
 * BENCH_LH_RUNS (default 1; the median score counts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Result } from "lighthouse";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { buildIsFresh, runBuild } from "../scripts/build-if-needed";
import { checkFirstLoad } from "../scripts/first-load-js";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const PORT = Number(process.env.BENCH_WEB_PORT ?? 3290);
const BASE = `http://127.0.0.1:${PORT}`;
const LH_PATH = process.env.BENCH_LH_PATH ?? "/thong-ke";
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 1));
const LH_USER = "tinh";
export const LH_TARGET = 0.9;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

export function findChromium(): string {
  const found = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find(
    (p) => p && fs.existsSync(p),
  );
  if (!found) throw new Error("Không tìm thấy Chromium: chạy `bash scripts/ensure-browser.sh` hoặc đặt CHROMIUM_PATH.");
  return found;
}

async function startServer(): Promise<ChildProcess> {
  // Not created here: the start script makes it with permissions the postgres user can use (ephemeral: removed).
  const dataDir = path.join(os.tmpdir(), `dvk-bench-web-${process.pid}`);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "start.ts")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(PORT),
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(PORT + 1000),
      DVK_EPHEMERAL: "1",
      DATABASE_URL: "",
    },
  });
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`máy chủ dừng với mã ${child.exitCode}`);
    try {
      if ((await fetch(`${BASE}/dang-nhap`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("máy chủ chưa sẵn sàng sau 300 s");
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
}

/** Signs in through the real form and returns the session's Cookie header. */
async function signIn(chromePath: string, username: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: chromePath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage();
    await page.goto(`${BASE}/dang-nhap`);
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${BASE}/`, { timeout: 60_000 });
    const cookies = await page.context().cookies(BASE);
    return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

type Scores = Record<(typeof CATEGORIES)[number], number>;

async function lighthouseOnce(chromePath: string, url: string, cookie: string): Promise<Result> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", extraHeaders: { Cookie: cookie } },
      { ...desktopConfig, settings: { ...desktopConfig.settings, onlyCategories: [...CATEGORIES] } },
    );
    if (!result) throw new Error("Lighthouse không trả về kết quả");
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** Audits of the category that fall short (score below 0.9; binary audits that fail). */
function shortfalls(lhr: Result, category: string): string[] {
  const out: string[] = [];
  for (const ref of lhr.categories[category].auditRefs) {
    const a = lhr.audits[ref.id];
    if (a.score === null || ["notApplicable", "informative", "manual"].includes(a.scoreDisplayMode)) continue;
    if (a.score >= 0.9) continue;
    out.push(`${a.id} (${a.score.toFixed(2)}${a.displayValue ? `, ${a.displayValue}` : ""}): ${a.title}`);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

export async function lighthouseBench(): Promise<boolean> {
  const chromePath = findChromium();
  console.log(`\nLighthouse (desktop) trên ${LH_PATH}, đăng nhập ${LH_USER}; tải máy trước: ${load()}`);
  const server = await startServer();
  try {
    const cookie = await signIn(chromePath, LH_USER);
    // One request first: the first render of a cold server warms its caches and connection pool.
    await fetch(`${BASE}${LH_PATH}`, { headers: { Cookie: cookie } });
    const runs: Result[] = [];
    for (let i = 0; i < LH_RUNS; i++) runs.push(await lighthouseOnce(chromePath, `${BASE}${LH_PATH}`, cookie));
    const final = runs.map((r) => r.finalDisplayedUrl);
    if (final.some((u) => !u.startsWith(`${BASE}${LH_PATH}`)))
      throw new Error(`Lighthouse không ở lại trang (chuyển tới ${final.join(", ")}): phiên đăng nhập không dùng được`);
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, median(runs.map((r) => r.categories[c].score ?? 0))]),
    ) as Scores;
    const chosen = runs.find((r) => r.categories.performance.score === scores.performance) ?? runs[0];
    const metric = (id: string) => chosen.audits[id]?.displayValue ?? "–";
    console.log(
      `metrics: FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, ` +
        `TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")}`,
    );
    let ok = true;
    for (const c of CATEGORIES) {
      const pass = scores[c] >= LH_TARGET;
      ok &&= pass;
      const all = runs.map((r) => (r.categories[c].score ?? 0).toFixed(2)).join(" ");
      console.log(
        `${c.padEnd(15)} ${scores[c].toFixed(2)}${LH_RUNS > 1 ? ` (runs: ${all})` : ""} ${pass ? "ok" : "< 0.9"}`,
      );
      for (const s of shortfalls(chosen, c)) console.log(`  - ${s}`);
    }
    console.log(`tải máy sau: ${load()}`);
    return ok;
  } finally {
    await stopServer(server);
  }
}

export async function webBench(): Promise<boolean> {
  if (!buildIsFresh(root)) await runBuild(root);
  const sizesOk = checkFirstLoad(distDir);
  const lighthouseOk = await lighthouseBench();
  return sizesOk && lighthouseOk;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  webBench().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
