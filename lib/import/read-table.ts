import { fixExceljsUtf8 } from "@/lib/import/exceljs-utf8-fix";
import fs from "node:fs/promises";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { IM } from "@/lib/i18n/import";
import { ImportFileError } from "./errors";
import { key } from "./values";
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

function isBlank(cells: Cell[], skip = -1): boolean {
  return cells.every((c, i) => i === skip || c === null || c === "");
}

/**
 * The index of the "Lỗi" column of an error file sent back (export-file.ts errorFile), or -1: a row with
 * only that column filled (a message about the whole file) is no data row.
 */
function errorColumnOf(headers: string[]): number {
  const want = key(IM.sheet.errorColumn);
  return headers.findIndex((h) => key(h) === want);
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

  const skip = errorColumnOf(headers);
  async function* rows(): AsyncGenerator<TableRow> {
    if (!firstData) return;
    if (!isBlank(firstData.cells, skip)) yield firstData;
    try {
      for (;;) {
        const r = await rowIterator!.next();
        if (r.done) break;
        const cells = (r.value.values as unknown[]).slice(1).map(cellValue);
        if (!isBlank(cells, skip)) yield { row: r.value.number, cells };
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

type TextEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** UTF-8 (with or without BOM), UTF-16 LE/BE with BOM (Excel's "Unicode text"), or UTF-16 LE without BOM. */
function sniffEncoding(head: Uint8Array): { encoding: TextEncoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  // UTF-16 LE without BOM: ASCII letters followed by zero bytes.
  if (head.length >= 4 && head[1] === 0 && head[3] === 0 && head[0] !== 0) return { encoding: "utf-16le", bom: 0 };
  return { encoding: "utf-8", bom: 0 };
}

/** What a file that is not text in these encodings is: a binary renamed to .csv, or text in another code page. */
function undecodable(head: Uint8Array): ImportFileError {
  const first = head.subarray(0, 65_536);
  return new ImportFileError(
    first.some((x) => x < 0x09 || (x > 0x0d && x < 0x20)) ? IM.file.notSpreadsheet : IM.file.encoding,
  );
}

// Control characters other than tab/CR/LF mean a binary file renamed to .csv.
const BINARY_TEXT = /[\u0000-\u0008\u000e-\u001f]/;

/** The file's text in pieces of about 1 MB, decoded as it is read: a 20 MB CSV is never one string. */
async function* decodeFile(file: string): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let head: Uint8Array = new Uint8Array();
  let checked = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let bytes: Uint8Array = chunk;
    if (!decoder) {
      head = chunk.subarray(0, 65_536);
      const { encoding, bom } = sniffEncoding(chunk);
      decoder = new TextDecoder(encoding, { fatal: true });
      bytes = chunk.subarray(bom);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw undecodable(head);
    }
    if (!checked) {
      if (BINARY_TEXT.test(text.slice(0, 65_536))) throw new ImportFileError(IM.file.notSpreadsheet);
      checked = true;
    }
    if (text) yield text;
  }
  if (!decoder) return;
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    throw undecodable(head);
  }
  if (rest) yield rest;
}

/**
 * A CSV read as a stream: decoded in pieces of about 1 MB and parsed by papaparse one piece at a time (its
 * `chunk` mode), the file read no further ahead than two parsed pieces, so memory stays the same whatever the
 * file's size (before, the whole text and every parsed row were held). Not papaparse's `step` or duplex mode:
 * it pauses every 16 rows there and copies the rest of the piece each time (30,000 rows took 15 s).
 */
async function openCsv(file: string): Promise<Table> {
  const source = Readable.from(decodeFile(file));
  const pieces: string[][][] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (err: unknown) => {
    failure ??= err;
    notify();
  };
  source.on("error", fail);
  Papa.parse<string[], NodeJS.ReadableStream>(source, {
    delimitersToGuess: [",", ";", "\t"],
    chunk: (results) => {
      pieces.push(results.data);
      if (pieces.length >= 2) source.pause();
      notify();
    },
    complete: () => {
      done = true;
      notify();
    },
    error: fail,
  });
  async function* records(): AsyncGenerator<string[]> {
    for (;;) {
      if (failure) throw failure;
      const piece = pieces.shift();
      if (piece) {
        if (pieces.length < 2 && source.isPaused() && !done) source.resume();
        yield* piece;
      } else if (done) return;
      else await new Promise<void>((r) => (wake = r));
    }
  }
  const all = records();
  const first = await all.next();
  if (first.done) throw new ImportFileError(IM.file.noRows);
  const headers = first.value.map((h) => normalizeText(h));
  const skip = errorColumnOf(headers);
  async function* rows(): AsyncGenerator<TableRow> {
    let row = 1;
    try {
      for await (const record of all) {
        row++;
        const cells = record.map((c) => (c === "" ? null : normalizeText(c)));
        if (!isBlank(cells, skip)) yield { row, cells };
      }
    } finally {
      source.destroy();
    }
  }
  return { headers, rows: rows() };
}
