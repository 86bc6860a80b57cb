import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/types";
import { IM } from "@/lib/i18n/import";
import type { ImportKindSpec } from "./kind";
import { exportAccountRows } from "./accounts/export-accounts";
import { exportDecisionRows } from "./decisions/export-decisions";
import { exportModelRows } from "./models/export-models";
import { exportUnitRows } from "./units/export-units";
import { safeCell } from "./safe-cell";

const EXPORTERS: Partial<Record<ImportKindSpec["kind"], (a: Actor) => AsyncGenerator<Record<string, string>>>> = {
  UNITS: exportUnitRows,
  ACCOUNTS: exportAccountRows,
  MODELS: exportModelRows,
  DECISIONS: exportDecisionRows,
};

export function canExport(spec: ImportKindSpec): boolean {
  return spec.kind in EXPORTERS;
}

/**
 * The kind's rows in the scope of the actor as an XLSX stream with the template's data sheet and columns
 * (streamed: a 100,000-row export never sits in memory). No cell starts a formula.
 */
export function exportXlsx(spec: ImportKindSpec, actor: Actor): Readable {
  const out = new PassThrough();
  const rowsOf = EXPORTERS[spec.kind];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  void (async () => {
    const ws = wb.addWorksheet(spec.dataSheet);
    ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18 }));
    if (rowsOf) {
      for await (const row of rowsOf(actor)) {
        ws.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)]))).commit();
      }
    }
    ws.commit();
    const help = wb.addWorksheet(IM.sheet.instructions);
    for (const c of spec.columns) help.addRow([c.header, c.help]).commit();
    help.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}

/** The uploaded rows again, with a last column “Lỗi” listing each row's errors (the same columns as the file). */
export async function errorFile(
  spec: ImportKindSpec,
  headers: string[],
  rows: AsyncIterable<{ row: number; cells: unknown[] }>,
  errorsByRow: Map<number, string[]>,
  fileLevel: string[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.dataSheet);
  ws.addRow([...headers, IM.sheet.errorColumn]).font = { bold: true };
  for (const msg of fileLevel) ws.addRow([...headers.map(() => ""), msg]);
  for await (const r of rows) {
    const cells = r.cells.map((c) =>
      c instanceof Date ? c : typeof c === "string" ? safeCell(c) : (c as ExcelJS.CellValue),
    );
    while (cells.length < headers.length) cells.push(null);
    ws.addRow([...cells.slice(0, headers.length), (errorsByRow.get(r.row) ?? []).join("\n")]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
