/**
 * `npm run bench:import-kinds`: the other kinds at a province's size, through the worker's steps on a
 * throwaway embedded PostgreSQL — 10,000 units (a new tree: districts, communes, grassroots), 10,000
 * accounts at those units, and past decisions with 10,000 honoree lines (500 decisions of 20) — each
 * imported (preview + apply), then imported again (nothing changes). Prints the times and the load
 * average. Target: each first import ≤ 30 s on 2 cores (exits non-zero when one is missed).
 * BENCH_IMPORT_KINDS_ROWS changes the size (rows per kind).
 */
import "@/lib/import/exceljs-utf8-fix";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import type { ImportKind } from "@/lib/generated/prisma/client";

const ROWS = Number(process.env.BENCH_IMPORT_KINDS_ROWS ?? 10_000);
const TARGET_MS = 30_000;

function csv(rows: (string | number)[][]): string {
  return rows
    .map((r) => r.map((c) => (/[",\n;]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(","))
    .join("\r\n");
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-bench-kinds-"));
  fs.chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: await freePort(), fast: true });
  let missed = false;
  try {
    await migrate(pg.url);
    process.env.DATABASE_URL = pg.url;
    process.env.UPLOAD_DIR = path.join(dir, "uploads");
    process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
    const { prisma } = await import("@/lib/db/client");
    const { createOrgTree, createUser, createIssuer } = await import("@/tests/fixtures");
    const { storeImportFile } = await import("@/lib/import/file-store");
    const { runImportJob } = await import("@/lib/import/run-import-job");
    const { UNIT_COLUMNS } = await import("@/lib/import/units/columns");
    const { ACCOUNT_COLUMNS } = await import("@/lib/import/accounts/columns");
    const { DECISION_COLUMNS } = await import("@/lib/import/decisions/columns");
    const { unitKindLabels } = await import("@/lib/i18n/vi");

    const tree = await createOrgTree(prisma);
    const admin = await createUser(prisma, { unitId: tree.province.id, role: "ADMIN" });
    const officer = await createUser(prisma, { unitId: tree.province.id, role: "PROVINCE_OFFICER" });
    const issuer = await createIssuer(prisma, {
      unitId: tree.province.id,
      parentName: "TỈNH ỦY MINH SƠN",
      validFrom: new Date("2020-01-01T00:00:00Z"),
    });

    // Units: 1 district per 500 rows, 1 commune per 50, the rest grassroots (parents before children).
    const units: (string | number)[][] = [];
    const grassroots: string[] = [];
    for (let i = 0; units.length < ROWS; i++) {
      const d = `BK-H${i}`;
      // Committees directly under the province: a huyện cannot start on 01/07/2025 (lib/org/unit-rules.ts).
      units.push([
        d,
        `Đảng ủy Khối ${i}`,
        unitKindLabels.DISTRICT_EQUIVALENT,
        "Huyện",
        tree.province.code,
        "01/07/2025",
        "",
        "",
        "",
      ]);
      for (let j = 0; j < 10 && units.length < ROWS; j++) {
        const c = `${d}-X${j}`;
        units.push([c, `Xã Tân Lập ${i}-${j}`, "Xã", "Xã", d, "01/07/2025", "", "", ""]);
        for (let k = 0; k < 49 && units.length < ROWS; k++) {
          const g = `${c}-C${k}`;
          grassroots.push(g);
          units.push([g, `Chi bộ thôn Nà Lẹng ${i}-${j}-${k}`, "Chi bộ", "Cơ sở", c, "01/07/2025", "", "", ""]);
        }
      }
    }
    const accounts = Array.from({ length: ROWS }, (_, i) => [
      `bk.can.bo${i}`,
      `Nguyễn Văn Bắc ${i}`,
      "Cán bộ đơn vị",
      grassroots[i % grassroots.length],
    ]);
    const label = `${issuer.name} – ${issuer.parentName}`;
    const decisions = Array.from({ length: ROWS }, (_, i) => {
      const n = Math.floor(i / 20) + 1;
      const first = i % 20 === 0;
      return [
        label,
        `${n}-QĐ/TU`,
        "16/12/2024",
        first ? "Bằng khen" : "",
        first ? "Hà Văn Toàn" : "",
        first ? "Phó Bí thư Thường trực" : "",
        first ? "Quyết định khen thưởng điển hình “Dân vận khéo” năm 2024" : "",
        "",
        i % 20 < 8 ? "Tập thể" : "Cá nhân",
        (i % 20 < 8 ? i % 20 : (i % 20) - 8) + 1,
        "",
        `Chi bộ thôn Nà Lẹng ${i}`,
        "",
        "xã Tân Lập, tỉnh Minh Sơn",
        "Hiến đất làm đường liên thôn",
        "",
      ];
    });

    const files: [ImportKind, string, (string | number)[][], readonly { header: string }[], number][] = [
      ["UNITS", "don-vi.csv", units, UNIT_COLUMNS, admin.id],
      ["ACCOUNTS", "tai-khoan.csv", accounts, ACCOUNT_COLUMNS, admin.id],
      ["DECISIONS", "quyet-dinh.csv", decisions, DECISION_COLUMNS, officer.id],
    ];
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ");
    console.log(`import ${ROWS.toLocaleString("vi-VN")} rows of each kind · ${os.cpus().length} cores, load ${load()}`);
    for (const [kind, fileName, rows, columns, actorId] of files) {
      const key = await storeImportFile(Buffer.from(csv([columns.map((c) => c.header), ...rows])));
      const times: string[] = [];
      for (const pass of ["first", "again"]) {
        const job = await prisma.importJob.create({ data: { kind, fileName, storageKey: key, actorId } });
        const t0 = performance.now();
        await runImportJob(job.id, "preview");
        const previewMs = performance.now() - t0;
        const p = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
        const expectNew = pass === "first" ? rows.length : 0;
        if (p.status !== "PREVIEWED" || p.errorCount || p.newCount !== expectNew)
          throw new Error(
            `${kind} preview: ${p.status} ${p.failure ?? ""} errors=${p.errorCount} new=${p.newCount} ${JSON.stringify(p.errors).slice(0, 400)}`,
          );
        await prisma.importJob.update({ where: { id: job.id }, data: { status: "APPLYING" } });
        const t1 = performance.now();
        await runImportJob(job.id, "apply");
        const applyMs = performance.now() - t1;
        const a = await prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
        if (a.status !== "APPLIED") throw new Error(`${kind} apply: ${a.status} ${a.failure ?? ""}`);
        const total = previewMs + applyMs;
        if (pass === "first" && total > TARGET_MS) missed = true;
        times.push(
          `${pass === "first" ? "import" : "re-import (no change)"} ${(total / 1000).toFixed(1)} s (preview ${(previewMs / 1000).toFixed(1)} + apply ${(applyMs / 1000).toFixed(1)})`,
        );
      }
      console.log(`  ${kind.toLowerCase()}: ${times.join(" · ")}`);
    }
    console.log(`  load ${load()} · target: each first import ≤ ${TARGET_MS / 1000} s ${missed ? "MISSED" : "ok"}`);
    await prisma.$disconnect();
  } finally {
    await pg.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (missed) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
