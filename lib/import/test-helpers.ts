/** Test-only helpers for lib/import: files in memory, a preview/apply pipeline without a running worker. */
import "@/lib/import/exceljs-utf8-fix";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import type { ImportKind } from "@/lib/generated/prisma/client";
import { afterAll } from "vitest";
import { stopBoss } from "@/lib/jobs/boss";
import { applyImport } from "./apply-import";
import { storeImportFile } from "./file-store";
import { MODEL_COLUMNS, type ModelColumnKey } from "./models/columns";
import { runImportJob } from "./run-import-job";

export function setTempUploadDir() {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "dvk-import-"));
}

/**
 * What every import test file sets up: uploads in a temporary folder, and the job queue (pg-boss, started
 * by the use cases that queue a step) stopped after the file so the embedded PostgreSQL can shut down.
 */
export function setUpImportTests() {
  setTempUploadDir();
  afterAll(() => stopBoss(2000));
}

/** One row of a models file, in the template's column order; the columns not given are empty. */
export function modelRow(values: Partial<Record<ModelColumnKey, string>>): string[] {
  return MODEL_COLUMNS.map((c) => values[c.key] ?? "");
}

/** A models file (CSV) with the template's header row. */
export function modelsCsv(rows: string[][]): Buffer {
  return Buffer.from(csv([MODEL_COLUMNS.map((c) => c.header), ...rows]));
}

export function csv(rows: (string | number)[][]): string {
  return rows
    .map((r) => r.map((c) => (/[",\n;]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(","))
    .join("\r\n");
}

export async function xlsx(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  tweak?: (wb: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  tweak?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Stores the file and runs the preview step as the worker would. */
export async function preview(
  actor: Actor,
  content: string | Uint8Array,
  fileName = "mo-hinh.csv",
  kind: ImportKind = "MODELS",
) {
  const key = await storeImportFile(typeof content === "string" ? Buffer.from(content, "utf8") : content);
  const job = await prisma.importJob.create({ data: { kind, fileName, storageKey: key, actorId: actor.userId } });
  await runImportJob(job.id, "preview");
  return prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
}

/** Asks to apply (the use case queues the job) and runs the apply step as the worker would. */
export async function apply(actor: Actor, job: { id: number; version: number }) {
  const r = await applyImport(actor, { id: job.id, version: job.version });
  if (!r.ok) throw new Error(r.message);
  await runImportJob(job.id, "apply");
  return prisma.importJob.findUniqueOrThrow({ where: { id: job.id } });
}

export async function importFile(actor: Actor, content: string | Uint8Array, fileName?: string, kind?: ImportKind) {
  const job = await preview(actor, content, fileName, kind);
  if (job.status !== "PREVIEWED" || job.errorCount) return job;
  return apply(actor, job);
}
