/**
 * Keyset pagination over (a timestamp, id): a page is "the 20 rows after/before this row" instead of
 * "skip N rows", so page 500 costs what page 1 costs (ADR 0046). The cursor travels in the URL as
 * `<milliseconds>.<id>`; timestamps written through Prisma have millisecond precision.
 */
import { INT4_MAX } from "@/lib/validation/text";

export type Cursor = { at: Date; id: number };
export type PageCursor = { after?: Cursor; before?: Cursor };

export function encodeCursor(row: { id: number }, at: Date): string {
  return `${at.getTime()}.${row.id}`;
}

/** A cursor from the URL, or undefined when it is missing or malformed (then the first page shows). */
export function parseCursor(raw: unknown): Cursor | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  if (typeof v !== "string") return undefined;
  const m = /^(\d{1,15})\.(\d{1,10})$/.exec(v);
  if (!m) return undefined;
  const at = new Date(Number(m[1]));
  const id = Number(m[2]);
  if (Number.isNaN(at.getTime()) || id < 1 || id > INT4_MAX) return undefined;
  return { at, id };
}

type Direction = "asc" | "desc";
type Where = Record<string, unknown>;

/**
 * The where, order and take of one page in `direction` order of (field, id). Written as
 * `field <= X AND (field < X OR id < Y)` (not a plain OR) so the index on (field, id) bounds the scan.
 */
export function keysetQuery<F extends string>(field: F, direction: Direction, cursor: PageCursor, size: number) {
  const backwards = !cursor.after && Boolean(cursor.before);
  const c = cursor.after ?? cursor.before;
  // Reading backwards means reading in the opposite order, then reversing the rows.
  const readDir: Direction = backwards ? (direction === "asc" ? "desc" : "asc") : direction;
  const beyond = readDir === "desc" ? "lt" : "gt";
  const upTo = readDir === "desc" ? "lte" : "gte";
  const where: Where | undefined = c
    ? { AND: [{ [field]: { [upTo]: c.at } }, { OR: [{ [field]: { [beyond]: c.at } }, { id: { [beyond]: c.id } }] }] }
    : undefined;
  const orderBy = [{ [field]: readDir }, { id: readDir }] as { [K in F | "id"]?: Direction }[];
  return { where, orderBy, take: size + 1, backwards };
}

/** Rows of one page in display order, and the cursors of the pages before and after it. */
export function keysetPage<T extends { id: number }>(
  fetched: T[],
  q: { backwards: boolean; take: number },
  at: (row: T) => Date,
  hadCursor: boolean,
): { rows: T[]; after: string | null; before: string | null } {
  const size = q.take - 1;
  const more = fetched.length > size;
  const rows = fetched.slice(0, size);
  if (q.backwards) rows.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const hasNext = q.backwards ? rows.length > 0 : more;
  const hasPrev = q.backwards ? more : hadCursor && rows.length > 0;
  return {
    rows,
    after: hasNext && last ? encodeCursor(last, at(last)) : null,
    before: hasPrev && first ? encodeCursor(first, at(first)) : null,
  };
}

/**
 * Past this many matching rows the province model list says "hơn 1.000" instead of counting them all. The
 * capped count walks the page's own index until it has COUNT_CAP + 1 rows, so its cost grows with the cap
 * (at 1M models a broad search: 1,001 rows about 60 ms, 10,001 rows about 500 ms; ADR 0058).
 */
export const COUNT_CAP = 1_000;
