import { createRequire } from "node:module";
import path from "node:path";

/**
 * Two defects of exceljs 4.4's streaming reader, mended before exceljs is first loaded:
 * - utils/parse-sax.js decodes every inflated chunk on its own, so a Vietnamese letter split across two
 *   chunks becomes U+FFFD — silently, at random rows of any sheet larger than one chunk. That module is
 *   replaced by one that decodes the stream with a stateful TextDecoder.
 * - WorkbookReader reads the zip in one streaming pass (unzipper's Parse), which emits 'end' when its
 *   input is written, not when its last entry is out: the last entry is sometimes lost. exceljs writes
 *   xl/workbook.xml last, so our own templates then fail with "Cannot read properties of undefined
 *   (reading 'sheets')" on a file that read fine a moment before (2 reads in 40 of one template here; the
 *   import journey failed so in CI; exceljs/exceljs#3064). For a file path, parse() is replaced by one
 *   that opens the zip by its central directory (unzipper.Open, as exceljs/exceljs#3065 proposes) and
 *   reads the workbook, its relations, shared strings and styles before any worksheet, each worksheet
 *   still streamed row by row.
 * Must run before the first `require("exceljs")` of the process (instrumentation.ts, and first in every
 * module that imports exceljs for reading).
 */
export function fixExceljsUtf8(): boolean {
  const req = createRequire(path.join(process.cwd(), "package.json"));
  const main = req.resolve("exceljs");
  const target = path.join(path.dirname(main), "lib", "utils", "parse-sax.js");
  const cache = req.cache as Record<string, NodeJS.Module | undefined>;
  const existing = cache[target] as (NodeJS.Module & { dvkFixed?: boolean }) | undefined;
  if (existing?.dvkFixed) return true;
  if (existing) return false;
  const fromExcel = createRequire(main);
  const { SaxesParser } = fromExcel("saxes") as {
    SaxesParser: new () => { on(e: string, f: (v: unknown) => void): void; write(s: string): void };
  };
  async function* parseSax(iterable: AsyncIterable<Uint8Array | string>) {
    const parser = new SaxesParser();
    const decoder = new TextDecoder("utf-8");
    let error: unknown;
    let events: { eventType: string; value: unknown }[] = [];
    parser.on("error", (err) => (error = err));
    parser.on("opentag", (value) => events.push({ eventType: "opentag", value }));
    parser.on("text", (value) => events.push({ eventType: "text", value }));
    parser.on("closetag", (value) => events.push({ eventType: "closetag", value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.decode();
    if (rest) parser.write(rest);
    if (error) throw error;
    if (events.length) yield events;
  }
  const Module = fromExcel("module") as { new (id: string): NodeJS.Module & { dvkFixed?: boolean } };
  const m = new Module(target);
  m.filename = target;
  m.loaded = true;
  m.exports = parseSax;
  m.dvkFixed = true;
  cache[target] = m;
  patchWorkbookReader(fromExcel);
  return true;
}

type Entry = { path: string; type: string; stream(): NodeJS.ReadableStream };
type ReaderInternals = {
  input: unknown;
  options: unknown;
  _parseRels(entry: unknown): Promise<void>;
  _parseWorkbook(entry: unknown): Promise<void>;
  _parseSharedStrings(entry: unknown): AsyncGenerator<unknown>;
  _parseStyles(entry: unknown): Promise<void>;
  _parseWorksheet(iterator: unknown, sheetNo: string): Generator<unknown>;
  _parseHyperlinks(iterator: unknown, sheetNo: string): Generator<unknown>;
};

function patchWorkbookReader(fromExcel: NodeJS.Require) {
  const WorkbookReader = fromExcel("./lib/stream/xlsx/workbook-reader") as {
    prototype: { parse(this: ReaderInternals, input?: unknown, options?: unknown): AsyncGenerator<unknown> };
  };
  const unzip = createRequire(fromExcel.resolve("./lib/stream/xlsx/workbook-reader"))("unzipper") as {
    Open: { file(p: string): Promise<{ files: Entry[] }> };
  };
  const iterateStream = fromExcel("./lib/utils/iterate-stream") as (s: unknown) => AsyncIterable<unknown>;
  const original = WorkbookReader.prototype.parse;
  WorkbookReader.prototype.parse = async function* (this: ReaderInternals, input?: unknown, options?: unknown) {
    const source = input ?? this.input;
    if (typeof source !== "string") {
      yield* original.call(this, input, options);
      return;
    }
    if (options) this.options = options;
    const dir = await unzip.Open.file(source);
    const files = new Map(dir.files.filter((f) => f.type === "File").map((f) => [f.path, f]));
    const part = (p: string) => files.get(p)?.stream();
    const rels = part("xl/_rels/workbook.xml.rels");
    if (rels) await this._parseRels(rels);
    const workbook = part("xl/workbook.xml");
    if (workbook) await this._parseWorkbook(workbook);
    const shared = part("xl/sharedStrings.xml");
    if (shared) yield* this._parseSharedStrings(shared);
    const styles = part("xl/styles.xml");
    if (styles) await this._parseStyles(styles);
    const numbered = (re: RegExp) =>
      [...files.keys()]
        .map((p) => [p, re.exec(p)?.[1]] as const)
        .filter((x): x is readonly [string, string] => x[1] !== undefined)
        .sort((a, b) => Number(a[1]) - Number(b[1]));
    for (const [p, sheetNo] of numbered(/^xl\/worksheets\/_rels\/sheet(\d+)[.]xml[.]rels$/))
      yield* this._parseHyperlinks(iterateStream(files.get(p)!.stream()), sheetNo);
    for (const [p, sheetNo] of numbered(/^xl\/worksheets\/sheet(\d+)[.]xml$/))
      yield* this._parseWorksheet(iterateStream(files.get(p)!.stream()), sheetNo);
  };
}

fixExceljsUtf8();
