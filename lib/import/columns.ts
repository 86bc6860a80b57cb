import { IM } from "@/lib/i18n/import";
import { ImportFileError } from "./errors";
import type { Cell } from "./read-table";
import { key } from "./values";

export type Column<K extends string = string> = {
  key: K;
  header: string;
  /** Shown on the instructions sheet. */
  help: string;
  /** Every row must fill it: the template marks it (header colour, note, "Bắt buộc" on the instructions sheet). */
  required?: boolean;
  /** Required once per group of rows (a decision's own columns): "Bắt buộc ở một dòng" on the instructions sheet. */
  requiredOnce?: boolean;
  width?: number;
  /** Allowed values, offered as a drop-down in the template. */
  allowed?: readonly string[];
  date?: boolean;
};

/** Maps a file's header row to column keys; wrong, missing or unknown columns refuse the whole file. */
export function mapHeaders<K extends string>(columns: readonly Column<K>[], headers: string[]): (K | null)[] {
  const byKey = new Map(columns.map((c) => [key(c.header), c.key]));
  const errorKey = key(IM.sheet.errorColumn);
  const unknown: string[] = [];
  const mapped = headers.map((h) => {
    if (!h) return null;
    const k = key(h);
    if (k === errorKey) return null;
    const col = byKey.get(k);
    if (!col) unknown.push(h);
    return col ?? null;
  });
  const missing = columns.filter((c) => !mapped.includes(c.key)).map((c) => c.header);
  if (missing.length) throw new ImportFileError(IM.file.missingColumns(missing));
  if (unknown.length) throw new ImportFileError(IM.file.unknownColumns(unknown));
  return mapped;
}

export function pick<K extends string>(mapping: (K | null)[], cells: Cell[]): Record<K, Cell> {
  const out = {} as Record<K, Cell>;
  mapping.forEach((k, i) => {
    if (k) out[k] = cells[i] ?? null;
  });
  return out;
}
