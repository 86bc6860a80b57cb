import { PassThrough, type Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/types";
import { IM } from "@/lib/i18n/import";
import type { ImportKindSpec } from "./kind";
import { exportAccountRows } from "./accounts/export-accounts";
import { exportDecisionRows } from "./decisions/export-decisions";
import { exportModelRows } from "./models/export-models";
import { exportUnitRows } from "./units/export-units";
import type { CellError } from "./errors";
import { safeCell } from "./safe-cell";
import { key } from "./values";
import { addHelpSheets, markRequired } from "./template";

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
 * The kind's rows in the scope of the actor as an XLSX stream laid out as the template is (its data sheet
 * and columns, required headers coloured, the instructions sheet and the hidden lists behind the
 * drop-downs), so an exported file is corrected and imported back like a filled template (streamed: a
 * 100,000-row export never sits in memory; the small help sheets wait until the data is written). No cell
 * starts a formula.
 */
export function exportXlsx(spec: ImportKindSpec, actor: Actor): Readable {
  const out = new PassThrough();
  const rowsOf = EXPORTERS[spec.kind];
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  void (async () => {
    const ws = wb.addWorksheet(spec.dataSheet, { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 18 }));
    ws.getRow(1).font = { bold: true };
    // The streaming writer's sheets take the same calls as the template's (notes, fills, validations).
    const sheet = ws as unknown as ExcelJS.Worksheet;
    markRequired(spec, sheet);
    const lists = (await spec.dynamicAllowed?.(actor)) ?? {};
    addHelpSheets(wb as unknown as ExcelJS.Workbook, spec, lists, sheet);
    if (rowsOf) {
      for await (const row of rowsOf(actor)) {
        ws.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, safeCell(v)]))).commit();
      }
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err as Error));
  return out;
}

/** Light red: a row with errors, and brighter, each cell an error names. */
const ROW_FILL = "FFFDE8E8";
const CELL_FILL = "FFF8B4B4";

/**
 * The uploaded rows again, all of them (an import is all or nothing: the corrected file goes back whole),
 * with a last column “Lỗi” listing each row's errors, in the file's own columns. The rows with errors are
 * tinted and each cell an error names is coloured; the template's instructions and lists sheets come along,
 * with its drop-downs when the file has the template's columns in its order. Messages about the whole file
 * come after the rows, so that every row keeps the number the messages give it.
 */
export async function errorFile(
  spec: ImportKindSpec,
  headers: string[],
  rows: AsyncIterable<{ row: number; cells: unknown[] }>,
  errors: readonly CellError[],
  fileLevel: string[],
  lists: Record<string, readonly string[]> = {},
): Promise<Buffer> {
  const byRow = new Map<number, { messages: string[]; columns: Set<string> }>();
  for (const e of errors) {
    const r = byRow.get(e.row) ?? { messages: [], columns: new Set<string>() };
    r.messages.push(`${e.column}: ${e.message}`);
    r.columns.add(key(e.column));
    byRow.set(e.row, r);
  }
  // The file's columns as they are headed (read as the import reads them: case, accents, spaces), without the
  // "Lỗi" column of an error file sent back: this file's own replaces it.
  const errorKey = key(IM.sheet.errorColumn);
  const kept = headers.map((h, i) => ({ h, i, k: key(h) })).filter((c) => c.k !== errorKey);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng Dân vận khéo";
  const ws = wb.addWorksheet(spec.dataSheet, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = [
    ...kept.map((c) => ({ width: spec.columns.find((s) => key(s.header) === c.k)?.width ?? 18 })),
    { width: 60 },
  ];
  ws.addRow([...kept.map((c) => c.h), IM.sheet.errorColumn]).font = { bold: true };
  const templateColumns =
    kept.length === spec.columns.length && kept.every((c, i) => c.k === key(spec.columns[i].header));
  if (templateColumns) markRequired(spec, ws);
  const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
  const last = kept.length + 1;
  for await (const r of rows) {
    const cells = kept.map(({ i }) => {
      const c = r.cells[i] ?? null;
      return c instanceof Date ? c : typeof c === "string" ? safeCell(c) : (c as ExcelJS.CellValue);
    });
    const bad = byRow.get(r.row);
    const added = ws.addRow([...cells, bad?.messages.join("\n") ?? ""]);
    if (!bad) continue;
    added.getCell(last).alignment = { wrapText: true, vertical: "top" };
    kept.forEach((c, j) => (added.getCell(j + 1).fill = fill(bad.columns.has(c.k) ? CELL_FILL : ROW_FILL)));
    added.getCell(last).fill = fill(ROW_FILL);
  }
  for (const msg of fileLevel) ws.addRow([...kept.map(() => ""), msg]).font = { bold: true };
  addHelpSheets(wb, spec, lists, templateColumns ? ws : null);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
