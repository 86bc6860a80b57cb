import { fixExceljsUtf8 } from "@/lib/import/exceljs-utf8-fix";
import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { IM } from "@/lib/i18n/import";
import { ImportFileError } from "./errors";
import { MAX_FILE_BYTES } from "./limits";
import { partContains, readPartText, readZipDirectory } from "./zip-check";

export type Cell = string | number | boolean | Date | null;
export type TableRow = { row: number; cells: Cell[] };
export type Table = { headers: string[]; rows: AsyncIterable<TableRow> };

export type SheetRules = {
  /** Name of the data sheet in an XLSX file. */
  dataSheet: string;
  /** Other sheets the template itself carries (instructions, hidden lists). */
  allowedSheets: readonly string[];
};

/**
 * NFC (NFD text from macOS or old fonts compares equal) and trimmed; non-breaking spaces are spaces.
 * The apostrophe our exports put before a leading = + - @ (so no cell starts a formula) is taken off again.
 */
export function normalizeText(s: string): string {
  const t = s
    .normalize("NFC")
    .replace(/\u00a0/g, " ")
    .trim();
  return /^'[=+\-@]/.test(t) ? t.slice(1) : t;
}

function xmlDecode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

type RichText = { richText: { text: string }[] };
type FormulaValue = { formula?: string; sharedFormula?: string; result?: unknown };

/**
 * A cell as plain data. Formulas are never evaluated: the value Excel saved with the file is used, or,
 * without one, the formula's own text (=HYPERLINK(…) imports as text).
 */
function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return normalizeText(v);
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    const o = v as Partial<RichText> & FormulaValue & { text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return normalizeText(o.richText.map((r) => r.text).join(""));
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      const r = o.result;
      if (typeof r === "string" || typeof r === "number" || r instanceof Date) return cellValue(r);
      return normalizeText(`=${o.formula ?? o.sharedFormula}`);
    }
    if (typeof o.text === "string") return normalizeText(o.text);
    if (o.error !== undefined) return normalizeText(String(o.error));
  }
  return normalizeText(String(v));
}

function isBlank(cells: Cell[]): boolean {
  return cells.every((c) => c === null || c === "");
}

async function sniff(file: string): Promise<{ size: number; head: Buffer }> {
  const st = await fs.stat(file);
  if (st.size > MAX_FILE_BYTES) throw new ImportFileError(IM.file.tooLarge(MAX_FILE_BYTES / 1024 / 1024));
  if (st.size === 0) throw new ImportFileError(IM.file.empty);
  const fh = await fs.open(file, "r");
  try {
    const head = Buffer.alloc(Math.min(8, st.size));
    await fh.read(head, 0, head.length, 0);
    return { size: st.size, head };
  } finally {
    await fh.close();
  }
}

/** Opens an XLSX or CSV file and yields its header and data rows; refuses anything else with a clear reason. */
export async function openTable(file: string, rules: SheetRules): Promise<Table> {
  const { head } = await sniff(file);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return openXlsx(file, rules);
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) throw new ImportFileError(IM.file.oldXls);
  return openCsv(file);
}

async function openXlsx(file: string, rules: SheetRules): Promise<Table> {
  const entries = await readZipDirectory(file);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const workbookXml = await readPartText(file, byName.get("xl/workbook.xml")!);
  const relsEntry = byName.get("xl/_rels/workbook.xml.rels");
  const rels = relsEntry ? await readPartText(file, relsEntry) : "";
  const sheets = [...workbookXml.matchAll(/<sheet\b([^>]*)\/?>/g)].map((m) => {
    const attrs = m[1];
    const name = xmlDecode(/\bname="([^"]*)"/.exec(attrs)?.[1] ?? "");
    const rid = /\br:id="([^"]*)"/.exec(attrs)?.[1] ?? /\bid="([^"]*)"/.exec(attrs)?.[1];
    const rel = [...rels.matchAll(/<Relationship\b([^>]*)\/?>/g)]
      .map((r) => r[1])
      .find((r) => r.includes(`Id="${rid}"`));
    const target = rel ? (/\bTarget="([^"]*)"/.exec(rel)?.[1] ?? "") : "";
    const part = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    return { name: normalizeText(name), part };
  });
  const data = sheets.find((s) => s.name === rules.dataSheet);
  if (!data) throw new ImportFileError(IM.file.noDataSheet(rules.dataSheet));
  const extra = sheets.filter((s) => s.name !== rules.dataSheet && !rules.allowedSheets.includes(s.name));
  if (extra.length) throw new ImportFileError(IM.file.extraSheets(extra.map((s) => s.name)));
  const dataEntry = byName.get(data.part);
  if (!dataEntry) throw new ImportFileError(IM.file.notSpreadsheet);
  // Every part is inflated once under the cap before the XML parser runs (the declared sizes can lie).
  for (const e of entries) {
    if (e === dataEntry) continue;
    await partContains(file, e, "\u0000never");
  }
  if (await partContains(file, dataEntry, "<mergeCell ")) throw new ImportFileError(IM.file.mergedCells);

  // Without the fix, letters split across chunks become U+FFFD at random: refuse to read rather than
  // corrupt or refuse a good file (a bug, so a plain error: logged, the job retried).
  if (!fixExceljsUtf8()) throw new Error("exceljs was loaded before lib/import/exceljs-utf8-fix");
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    entries: "ignore",
  });
  const iterator = reader[Symbol.asyncIterator]();
  let headers: string[] | undefined;
  let rowIterator: AsyncIterator<ExcelJS.Row> | undefined;
  let firstData: TableRow | undefined;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const ws = next.value as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      if (normalizeText(ws.name) !== rules.dataSheet) {
        for await (const row of ws) void row;
        continue;
      }
      rowIterator = ws[Symbol.asyncIterator]();
      for (;;) {
        const r = await rowIterator.next();
        if (r.done) break;
        const cells = (r.value.values as unknown[]).slice(1).map(cellValue);
        if (isBlank(cells)) continue;
        if (!headers) {
          headers = cells.map((c) => (c === null ? "" : String(c)));
          continue;
        }
        firstData = { row: r.value.number, cells };
        break;
      }
      break;
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(IM.file.unreadable, { cause: err });
  }
  if (!headers) throw new ImportFileError(IM.file.noRows);

  async function* rows(): AsyncGenerator<TableRow> {
    if (!firstData) return;
    yield firstData;
    try {
      for (;;) {
        const r = await rowIterator!.next();
        if (r.done) break;
        const cells = (r.value.values as unknown[]).slice(1).map(cellValue);
        if (!isBlank(cells)) yield { row: r.value.number, cells };
      }
      // Let the workbook reader finish the remaining parts (other sheets after the data sheet).
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        for await (const row of next.value as unknown as AsyncIterable<unknown>) void row;
      }
    } catch (err) {
      if (err instanceof ImportFileError) throw err;
      throw new ImportFileError(IM.file.unreadable, { cause: err });
    }
  }
  return { headers, rows: rows() };
}

/** UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (Excel's "Unicode text"), or UTF-16 LE without BOM. */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return strict("utf-8", buf.subarray(3));
  if (buf[0] === 0xff && buf[1] === 0xfe) return strict("utf-16le", buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return strict("utf-16be", buf.subarray(2));
  // UTF-16 LE without BOM: ASCII letters followed by zero bytes.
  if (buf.length >= 4 && buf[1] === 0 && buf[3] === 0 && buf[0] !== 0) return strict("utf-16le", buf);
  return strict("utf-8", buf);
}

function strict(encoding: string, buf: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    // Binary bytes (a PDF, an image … renamed to .csv) rather than text in another code page.
    const head = buf.subarray(0, 65_536);
    if (head.some((x) => x < 0x09 || (x > 0x0d && x < 0x20))) throw new ImportFileError(IM.file.notSpreadsheet);
    throw new ImportFileError(IM.file.encoding);
  }
  // Control characters other than tab/CR/LF mean a binary file renamed to .csv.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 65_536))) throw new ImportFileError(IM.file.notSpreadsheet);
  return text;
}

async function openCsv(file: string): Promise<Table> {
  const text = decodeText(await fs.readFile(file));
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [",", ";", "\t"] });
  const all = parsed.data;
  if (!all.length) throw new ImportFileError(IM.file.noRows);
  const headers = all[0].map((h) => normalizeText(h));
  async function* rows(): AsyncGenerator<TableRow> {
    for (let i = 1; i < all.length; i++) {
      const cells = all[i].map((c) => (c === "" ? null : normalizeText(c)));
      if (!isBlank(cells)) yield { row: i + 1, cells };
    }
  }
  return { headers, rows: rows() };
}
