/**
 * First-load JavaScript of every page of the production build, gzipped (the budget of issue 15: ≤ 170 kB).
 *
 * Next 16 no longer prints page sizes, so this reads the build's manifests: a page loads the framework's
 * root chunks (`build-manifest.json` rootMainFiles; the legacy polyfills are `nomodule` and not counted)
 * and the chunks of every segment on its path (its layouts, error and not-found boundaries, the page), as
 * listed in the page's client reference manifest (`server/app/<page>_client-reference-manifest.js`). Each
 * file is gzipped (level 9, as Next's old size column did) and the sizes summed; kB = 1000 bytes.
 * The chunks those load later through `next/dynamic` (the dashboard's charts) are listed beside it.
 *
 * Also checked: the chart library (recharts) is in no page's first load and only /thong-ke can load it.
 *
 * `npx tsx scripts/first-load-js.ts` after a build (NEXT_DIST_DIR picks the build folder); exits 1 when a
 * page is over budget or recharts leaks. `npm run bench` and `npm test` run it after their build.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

export const BUDGET_KB = 170;
/** Pages that may load the chart library (lazily, after the first paint). */
const CHART_PAGES = new Set(["/thong-ke"]);
/** A class name every recharts chart renders: present in its code, absent from ours. */
const RECHARTS_MARK = "recharts-surface";

export type PageSize = {
  route: string;
  firstLoadKb: number;
  lazyKb: number;
  files: string[];
  lazyFiles: string[];
  recharts: "none" | "lazy" | "first-load";
};

const kb = (bytes: number) => bytes / 1000;

export function measureFirstLoad(distDir: string): PageSize[] {
  const read = (p: string) => fs.readFileSync(path.join(distDir, p));
  const buildManifest = JSON.parse(read("build-manifest.json").toString()) as { rootMainFiles: string[] };
  const routes = JSON.parse(read("app-path-routes-manifest.json").toString()) as Record<string, string>;

  const gz = new Map<string, number>();
  const gzipped = (file: string) => {
    if (!gz.has(file)) gz.set(file, zlib.gzipSync(read(file), { level: 9 }).length);
    return gz.get(file)!;
  };
  const text = new Map<string, string>();
  const source = (file: string) => {
    if (!text.has(file)) text.set(file, read(file).toString());
    return text.get(file)!;
  };
  // Chunks a chunk loads on demand: Turbopack writes their paths as string literals in the loader.
  const referenced = (file: string) =>
    [...source(file).matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)].map((m) => m[1]).filter((f) => f !== file);

  const pages: PageSize[] = [];
  for (const [entry, route] of Object.entries(routes)) {
    if (!entry.endsWith("/page")) continue; // route handlers ship no JavaScript
    const manifestFile = path.join("server", "app", `${entry}_client-reference-manifest.js`);
    if (!fs.existsSync(path.join(distDir, manifestFile))) continue;
    const sandbox: {
      globalThis?: unknown;
      __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }>;
    } = {};
    sandbox.globalThis = sandbox;
    vm.runInNewContext(source(manifestFile), sandbox);
    const manifest = sandbox.__RSC_MANIFEST?.[entry];
    if (!manifest?.entryJSFiles) throw new Error(`Không đọc được ${manifestFile}`);

    const files = new Set(buildManifest.rootMainFiles);
    for (const segmentFiles of Object.values(manifest.entryJSFiles)) for (const f of segmentFiles) files.add(f);
    const lazy = new Set<string>();
    const queue = [...files];
    while (queue.length) {
      for (const f of referenced(queue.pop()!)) {
        if (files.has(f) || lazy.has(f)) continue;
        lazy.add(f);
        queue.push(f);
      }
    }
    const has = (set: Set<string>) => [...set].some((f) => source(f).includes(RECHARTS_MARK));
    pages.push({
      route,
      firstLoadKb: kb([...files].reduce((s, f) => s + gzipped(f), 0)),
      lazyKb: kb([...lazy].reduce((s, f) => s + gzipped(f), 0)),
      files: [...files],
      lazyFiles: [...lazy],
      recharts: has(files) ? "first-load" : has(lazy) ? "lazy" : "none",
    });
  }
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

/** Problems with the measured pages: over budget, or the chart library where it should not be. */
export function budgetProblems(pages: PageSize[]): string[] {
  const problems: string[] = [];
  if (!pages.length) problems.push("không tìm thấy trang nào trong bản build");
  for (const p of pages) {
    if (p.firstLoadKb > BUDGET_KB)
      problems.push(`${p.route}: ${p.firstLoadKb.toFixed(1)} kB JavaScript lần tải đầu > ${BUDGET_KB} kB`);
    if (p.recharts === "first-load") problems.push(`${p.route}: recharts nằm trong JavaScript lần tải đầu`);
    if (p.recharts === "lazy" && !CHART_PAGES.has(p.route)) problems.push(`${p.route}: trang này tải được recharts`);
  }
  for (const route of CHART_PAGES) {
    const p = pages.find((x) => x.route === route);
    if (p && p.recharts !== "lazy") problems.push(`${route}: không thấy recharts trong các phần tải sau`);
  }
  return problems;
}

export function printFirstLoad(pages: PageSize[]) {
  const rows = pages.map((p) => [
    p.route,
    p.firstLoadKb.toFixed(1),
    p.lazyKb ? p.lazyKb.toFixed(1) : "",
    (p.firstLoadKb + p.lazyKb).toFixed(1),
    p.recharts === "none" ? "" : p.recharts,
    p.firstLoadKb > BUDGET_KB ? "OVER" : "ok",
  ]);
  const head = ["route", "first load kB gz", "lazy kB gz", "total kB gz", "recharts", `≤ ${BUDGET_KB}`];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ");
  console.log(fmt(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(fmt(r));
}

/** Measures, prints, and returns whether every page is within budget. */
export function checkFirstLoad(distDir: string): boolean {
  console.log(`\nJavaScript lần tải đầu của từng trang (gzip, bản build ${distDir}):`);
  const pages = measureFirstLoad(distDir);
  printFirstLoad(pages);
  const problems = budgetProblems(pages);
  for (const p of problems) console.error(`✗ ${p}`);
  if (!problems.length) console.log(`✓ Mọi trang ≤ ${BUDGET_KB} kB; recharts chỉ tải sau, chỉ ở /thong-ke.`);
  return problems.length === 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
  const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  if (!fs.existsSync(path.join(distDir, "BUILD_ID"))) {
    console.error(`Chưa có bản build ở ${distDir}: chạy \`npm run build\` trước.`);
    process.exit(1);
  }
  if (!checkFirstLoad(distDir)) process.exitCode = 1;
}
