import type { ModelKind, UnitLevel } from "@/lib/generated/prisma/client";
import { foldVietnamese } from "@/lib/db/search";
import { IM } from "@/lib/i18n/import";
import { hasNoMarkup, NO_MARKUP_MESSAGE } from "@/lib/validation/text";
import type { CellError } from "./errors";
import type { Cell } from "./read-table";
import { UNIT_LEVELS } from "@/lib/workflow/state-machine";

/** Comparison key of a label: no diacritics, no case, single spaces. */
export function key(s: string): string {
  return foldVietnamese(s).replace(/\s+/g, " ").trim();
}

export const LEVEL_LABELS: Record<Exclude<UnitLevel, "GRASSROOTS">, string> = {
  COMMUNE: "Xã",
  DISTRICT: "Huyện",
  PROVINCE: "Tỉnh",
};
/** Lowest first: the state machine's list turned round. */
export const LEVEL_ORDER: UnitLevel[] = [...UNIT_LEVELS].reverse();
export const KIND_LABELS: Record<ModelKind, string> = { COLLECTIVE: "Tập thể", INDIVIDUAL: "Cá nhân" };

export function text(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (c instanceof Date) return formatDmy(c);
  if (typeof c === "number") return Number.isInteger(c) ? String(c) : String(c);
  return String(c);
}

export function formatDmy(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A calendar day as UTC midnight. Accepts a date cell, an Excel serial number, dd/mm/yyyy text or yyyy-mm-dd. */
export function parseDay(c: Cell | undefined): Date | null | "invalid" {
  if (c === null || c === undefined || c === "") return null;
  if (c instanceof Date) {
    // A date cell is a moment; Excel has no time zone, exceljs reads it as UTC.
    return new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), c.getUTCDate()));
  }
  if (typeof c === "number") {
    if (!Number.isFinite(c) || c < 1 || c > 2_958_465) return "invalid";
    return new Date(Date.UTC(1899, 11, 30) + Math.floor(c) * 86_400_000);
  }
  const s = String(c).trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if (/^\d+(\.\d+)?$/.test(s)) return parseDay(Number(s));
  else return "invalid";
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900)
    return "invalid";
  return date;
}

/** Picks one of a closed list of labels (accent- and case-insensitive). */
export function choice<T extends string>(labels: Record<T, string>, c: Cell | undefined): T | null | "invalid" {
  const t = text(c);
  if (!t) return null;
  const k = key(t);
  for (const [value, label] of Object.entries(labels) as [T, string][]) if (key(label) === k) return value;
  return "invalid";
}

/** Collects the errors of one row. */
export class RowErrors {
  readonly list: CellError[] = [];
  constructor(readonly row: number) {}
  add(column: string, message: string) {
    this.list.push({ row: this.row, column, message });
  }
  required(column: string, value: string): string {
    if (!value) this.add(column, IM.cell.required);
    return value;
  }
  maxLen(column: string, value: string, n: number): string {
    if (value.length > n) this.add(column, IM.cell.tooLong(n));
    return value;
  }
  /** A name or text as the forms take it: no markup (ADR 0040), with the forms' message. */
  plain(column: string, value: string): string {
    if (!hasNoMarkup(value)) this.add(column, NO_MARKUP_MESSAGE);
    return value;
  }
}
