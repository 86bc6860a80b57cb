/**
 * `npm run bench:import` (also the second half of `npm run bench`): 100,000 model rows in one XLSX
 * through the import pipeline as the worker runs it — preview (stream-read, validate, compare in batches,
 * spool the plan to a temporary file), then apply (read again, then one transaction of multi-row
 * INSERTs) — on a throwaway embedded PostgreSQL. The file is written by a child process, so the peak
 * RSS printed is the import's own. Prints both times, the peak RSS and the load average (the machine
 * may be shared). Targets: preview + apply ≤ 60 s, peak RSS ≤ 500 MB. Exits non-zero when one is missed.
 */
import "@/lib/import/exceljs-utf8-fix";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET_MS = 60_000;
const TARGET_RSS_MB = 500;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-bench-import-"));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), fast: true });
  try {
    await migrate(pg.url);
    process.env.DATABASE_URL = pg.url;
    process.env.UPLOAD_DIR = path.join(dir, "uploads");
    const { prisma } = await import("@/lib/db/client");
    const { createOrgTree, createCampaign, createUser, createUnit, ensureDefaultFields } =
      await import("@/tests/fixtures");
    const { storeImportFile } = await import("@/lib/import/file-store");
    const { runImportJob } = await import("@/lib/import/run-import-job");

    const tree = await createOrgTree(prisma);
    const fields = await ensureDefaultFields(prisma);
    const campaign = await createCampaign(prisma, { ownerUnitId: tree.province.id });
    const officer = await createUser(prisma, { unitId: tree.province.id, role: "PROVINCE_OFFICER" });
    const units = [tree.grassrootsDirect, tree.grassroots];
    for (let i = 0; i < 48; i++) units.push(await createUnit(prisma, { parentId: tree.communeDirect.id }));

    const file = path.join(dir, "mo-hinh.xlsx");
    const spec = { file, campaign: campaign.code, fields: fields.map((f) => f.name), units: units.map((u) => u.code) };
    execFileSync(process.execPath, [...process.execArgv, process.argv[1], "--write-file", JSON.stringify(spec)], {
      stdio: "inherit",
    });
    const size = fs.statSync(file).size;

    const key = await storeImportFile(fs.readFileSync(file));
    const baseMb = process.memoryUsage().rss / 1048576;
    const job = await prisma.importJob.create({
      data: { kind: "MODELS", fileName: "mo-hinh.xlsx", storageKey: key, actorId: officer.id },
    });
    const mem = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0 };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      for (const k of Object.keys(mem) as (keyof typeof mem)[]) mem[k] = Math.max(mem[k], m[k] / 1048576);
      if (process.env.BENCH_MEM_TRACE)
        console.log(
          JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v / 1048576)]))),
        );
    }, 250);
    const t0 = performance.now();
    await runImportJob(job.id, "preview");
    const previewMs = performance.now() - t0;
    const previewed = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    if (previewed.status !== "PREVIEWED" || previewed.errorCount || previewed.newCount !== ROWS) {
      throw new Error(
        `preview: ${previewed.status} ${previewed.failure ?? ""} errors=${previewed.errorCount} new=${previewed.newCount} ${JSON.stringify(previewed.errors).slice(0, 600)}`,
      );
    }
    await prisma.importJob.update({ where: { id: job.id }, data: { status: "APPLYING" } });
    const t1 = performance.now();
    await runImportJob(job.id, "apply");
    const applyMs = performance.now() - t1;
    const applied = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
    const models = await prisma.model.count({ where: { imported: true } });
    if (applied.status !== "APPLIED" || models !== ROWS)
      throw new Error(`apply: ${applied.status} ${applied.failure ?? ""} models=${models}`);
    clearInterval(sampler);
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      "  peaks (MB): " + JSON.stringify(Object.fromEntries(Object.entries(mem).map(([k, v]) => [k, Math.round(v)]))),
    );
    const total = previewMs + applyMs;
    const ok = total <= TARGET_MS && rssMb <= TARGET_RSS_MB;
    const load = os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
    console.log(
      `import ${ROWS.toLocaleString("vi-VN")} model rows (XLSX ${(size / 1048576).toFixed(1)} MB) · ${os.cpus().length} cores, load average ${load} (1/5/15 min)`,
    );
    console.log(
      `  preview ${(previewMs / 1000).toFixed(1)} s · apply ${(applyMs / 1000).toFixed(1)} s · total ${(total / 1000).toFixed(1)} s (target ≤ ${TARGET_MS / 1000} s)`,
    );
    console.log(
      `  peak RSS ${rssMb.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB} MB; ${baseMb.toFixed(0)} MB before the import) ${ok ? "ok" : "MISSED"}`,
    );
    await prisma.$disconnect();
    if (!ok) process.exitCode = 1;
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Child process: writes the benchmark's XLSX (streaming writer), so its memory is not counted. */
async function writeFile(s: { file: string; campaign: string; fields: string[]; units: string[] }) {
  const { MODEL_COLUMNS } = await import("@/lib/import/models/columns");
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: s.file, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Mô hình");
  ws.addRow(MODEL_COLUMNS.map((c) => c.header)).commit();
  for (let i = 0; i < ROWS; i++) {
    const recognized = i % 3 !== 0;
    ws.addRow([
      `BM-${String(i).padStart(6, "0")}`,
      s.campaign,
      i % 4 ? "Tập thể" : "Cá nhân",
      s.fields[i % s.fields.length],
      `Mô hình dân vận khéo số ${i} về vận động nhân dân hiến đất làm đường`,
      s.units[i % s.units.length],
      "",
      "",
      i % 4 ? "" : `Hoàng Thị Mai ${i}`,
      i % 4 ? "" : "Bí thư chi bộ",
      "Xã",
      recognized ? "Công nhận" : "Không công nhận",
      recognized ? (i % 5 ? "Xã" : "Tỉnh") : "",
      `${String((i % 28) + 1).padStart(2, "0")}/06/2023`,
      recognized && i % 7 === 0 ? "Xã" : "",
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

(process.argv[2] === "--write-file" ? writeFile(JSON.parse(process.argv[3])) : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
