import fs from "node:fs/promises";
import zlib from "node:zlib";
import { ImportFileError } from "./errors";
import { MAX_INFLATED_BYTES, MAX_RATIO } from "./limits";
import { IM } from "@/lib/i18n/import";

export type ZipEntry = { name: string; method: number; compressed: number; size: number; offset: number };

/**
 * Reads the zip's central directory (without inflating anything) and refuses an archive whose declared
 * sizes exceed the limits, before any XML parser sees it.
 */
export async function readZipDirectory(file: string): Promise<ZipEntry[]> {
  const buf = await fs.readFile(file);
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportFileError(IM.file.notSpreadsheet);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new ImportFileError(IM.file.notSpreadsheet);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    // 0xFFFFFFFF means ZIP64 sizes: an import template never needs them.
    if (size === 0xffffffff || compressed === 0xffffffff) throw new ImportFileError(IM.file.zipBomb);
    total += size;
    if (total > MAX_INFLATED_BYTES || (size > 1_000_000 && size > compressed * MAX_RATIO)) {
      throw new ImportFileError(IM.file.zipBomb);
    }
    entries.push({ name, method, compressed, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new ImportFileError(IM.file.notSpreadsheet);
  return entries;
}

async function* inflatePart(file: string, entry: ZipEntry): AsyncGenerator<Buffer> {
  const fh = await fs.open(file, "r");
  try {
    const header = Buffer.alloc(30);
    await fh.read(header, 0, 30, entry.offset);
    if (header.readUInt32LE(0) !== 0x04034b50) throw new ImportFileError(IM.file.notSpreadsheet);
    const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const stream = fh.createReadStream({ start, end: start + Math.max(entry.compressed, 1) - 1, autoClose: false });
    const source = entry.method === 8 ? stream.pipe(zlib.createInflateRaw()) : stream;
    let produced = 0;
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        produced += chunk.length;
        // The declared size can lie: the cap holds on what inflating actually produces.
        if (produced > entry.size + 1024 || produced > MAX_INFLATED_BYTES) throw new ImportFileError(IM.file.zipBomb);
        yield chunk;
      }
    } finally {
      stream.destroy();
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(IM.file.notSpreadsheet, { cause: err });
  } finally {
    await fh.close();
  }
}

/** One (small) part as text, e.g. xl/workbook.xml. */
export async function readPartText(file: string, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of inflatePart(file, entry)) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}

/** Whether `needle` occurs in a part, inflated as a stream (used for what the streaming reader ignores). */
export async function partContains(file: string, entry: ZipEntry, needle: string): Promise<boolean> {
  let tail = "";
  for await (const chunk of inflatePart(file, entry)) {
    const text = tail + chunk.toString("latin1");
    if (text.includes(needle)) return true;
    tail = text.slice(-needle.length);
  }
  return false;
}
