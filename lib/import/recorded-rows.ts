import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import type { Cell, Table, TableRow } from "./read-table";

/**
 * The rows of an uploaded file as the preview read them (headers, then each row's number and normalized
 * cells), as JSON lines next to the upload in the file store, so that the apply does not parse the
 * spreadsheet a second time (ADR 0056; ~5 s of 100,000 rows). The upload never changes under its key,
 * so the rows are the same; everything that depends on the database is still checked again by the apply.
 * Written only by a preview that read the whole file without an error, under a temporary name and then
 * renamed, so a half-written file is never read.
 */
const FORMAT = 1;

export function recordedRowsPath(file: string): string {
  return `${file}.rows.jsonl`;
}

type Encoded = string | number | boolean | null | { d: string };
const encode = (c: Cell): Encoded => (c instanceof Date ? { d: c.toISOString() } : c);
const decode = (c: Encoded): Cell => (c !== null && typeof c === "object" ? new Date(c.d) : c);

export type RowRecorder = {
  /** The same table; its rows are written as they pass. */
  table: Table;
  /** Publishes the recording if every row was read and written; otherwise removes it. Never throws for it. */
  keep(): Promise<void>;
  drop(): Promise<void>;
};

export function recordRows(source: Table, file: string): RowRecorder {
  const tmp = `${recordedRowsPath(file)}.${crypto.randomBytes(6).toString("hex")}.tmp`;
  const out = fs.createWriteStream(tmp, { mode: 0o600 });
  let failed: Error | null = null;
  out.on("error", (err) => (failed = err));
  let complete = false;
  let closed = false;

  async function put(line: string) {
    if (failed || out.write(line + "\n")) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        out.off("drain", done);
        out.off("error", done);
        resolve();
      };
      out.on("drain", done);
      out.on("error", done);
    });
  }
  async function close() {
    if (closed) return;
    closed = true;
    await new Promise<void>((resolve) => out.end(() => resolve()));
  }

  async function* rows(): AsyncGenerator<TableRow> {
    await put(JSON.stringify({ format: FORMAT, headers: source.headers }));
    for await (const r of source.rows) {
      await put(JSON.stringify([r.row, ...r.cells.map(encode)]));
      yield r;
    }
    complete = true;
  }

  async function drop() {
    await close();
    await fs.promises.rm(tmp, { force: true }).catch(() => {});
  }
  return {
    table: { headers: source.headers, rows: rows() },
    async keep() {
      await close();
      if (!complete || failed) return drop();
      // Only a shortcut for the apply: without it the apply reads the file itself.
      await fs.promises.rename(tmp, recordedRowsPath(file)).catch(async (err) => {
        console.error("[import] rows not recorded:", err);
        await drop();
      });
    },
    drop,
  };
}

/** The recorded rows of the upload, or null when there are none (read the file itself). */
export async function openRecordedRows(file: string): Promise<Table | null> {
  let input: fs.ReadStream;
  try {
    const path = recordedRowsPath(file);
    await fs.promises.access(path);
    input = fs.createReadStream(path);
  } catch {
    return null;
  }
  const lines = readline.createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const head = first.done ? null : (JSON.parse(first.value) as { format?: number; headers?: string[] });
  if (!head || head.format !== FORMAT || !Array.isArray(head.headers)) {
    input.destroy();
    return null;
  }
  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for (;;) {
        const next = await lines.next();
        if (next.done) return;
        if (!next.value) continue;
        const [row, ...cells] = JSON.parse(next.value) as [number, ...Encoded[]];
        yield { row, cells: cells.map(decode) };
      }
    } finally {
      input.destroy();
    }
  }
  return { headers: head.headers, rows: rows() };
}

export async function removeRecordedRows(file: string): Promise<void> {
  await fs.promises.rm(recordedRowsPath(file), { force: true });
}
