/**
 * `npm run bench`: renders a 1,000-honoree list to PDF, DOCX and XLSX several times from in-memory data
 * (the renderers are the target; loading a decision is one indexed query) and prints median times.
 * Targets: PDF ≤ 3 s, DOCX ≤ 1 s, XLSX ≤ 1 s.
 * Then the front end (skipped with BENCH_WEB=0): first-load JavaScript of every page of the production build.
 */
import path from "node:path";
import { buildHonoreeListDocument } from "@/lib/exports/honoree-list";
import { renderHonoreeListDocx } from "@/lib/exports/render-docx";
import { renderHonoreeListPdf } from "@/lib/exports/render-pdf";
import { renderHonoreeListXlsx } from "@/lib/exports/render-xlsx";
import { sampleDecision } from "./sample";
import { buildIsFresh, runBuild } from "../scripts/build-if-needed";
import { checkFirstLoad } from "../scripts/first-load-js";

const HONOREES = Number(process.env.BENCH_HONOREES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = { PDF: 3000, DOCX: 1000, XLSX: 1000 } as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const doc = buildHonoreeListDocument(sampleDecision(HONOREES));
  const renderers = { PDF: renderHonoreeListPdf, DOCX: renderHonoreeListDocx, XLSX: renderHonoreeListXlsx };
  const rows: string[][] = [];
  let failed = false;
  for (const [name, render] of Object.entries(renderers) as [
    keyof typeof renderers,
    (typeof renderers)[keyof typeof renderers],
  ][]) {
    await render(doc); // warm-up: module loading, font parsing, JIT
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      size = (await render(doc)).length;
      times.push(performance.now() - t0);
    }
    const med = median(times);
    const ok = med <= TARGET_MS[name];
    failed ||= !ok;
    rows.push([
      name,
      med.toFixed(0),
      Math.min(...times).toFixed(0),
      Math.max(...times).toFixed(0),
      (size / 1024).toFixed(0),
      String(TARGET_MS[name]),
      ok ? "ok" : "TOO SLOW",
    ]);
  }
  const head = ["format", "median ms", "min ms", "max ms", "size KiB", "target ms", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join(" | ");
  console.log(
    `${HONOREES} honorees, ${RUNS} runs each after one warm-up (node ${process.version}, ${process.platform}/${process.arch})`,
  );
  console.log(fmt(head));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of rows) console.log(fmt(r));
  if (process.env.BENCH_WEB !== "0") {
    const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
    if (!buildIsFresh(root)) await runBuild(root);
    if (!checkFirstLoad(path.join(root, process.env.NEXT_DIST_DIR || ".next"))) failed = true;
  }
  if (failed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
