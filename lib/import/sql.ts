import type { Tx } from "@/lib/db/client";
import { IM } from "@/lib/i18n/import";

/** The database changed between the plan and its write (a version, a number, a row that moved): nothing is written. */
export class ImportConflictError extends Error {
  constructor() {
    super(IM.job.changedSincePreview);
    this.name = "ImportConflictError";
  }
}

/** Column name → PostgreSQL type, e.g. `{ code: "text", kind: '"ModelKind"' }`. */
export type SqlColumns = Record<string, string>;

/**
 * Characters of JSON per statement (ADR 0056). Two reasons to keep statements small: Prisma keeps the
 * arguments of its last 100 statements (its debug module's history, kept with logging off), and a string
 * of more than 128 KB (64 K characters of UTF-16) is allocated straight into V8's old generation, freed
 * only by a full collection. At 2,000 models a statement the apply of 100,000 models held ~400 MB of old
 * parameters (peak RSS 772 MB); at this size the parameters die young and the apply peaks below the preview.
 */
export const MAX_PARAM_CHARS = 32 * 1024;

/** The rows as JSON arrays of at most MAX_PARAM_CHARS characters each (a longer row goes alone). */
export function* jsonChunks(rows: readonly unknown[], maxChars = MAX_PARAM_CHARS): Generator<string> {
  let parts: string[] = [];
  let size = 2;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (parts.length && size + json.length + 1 > maxChars) {
      yield `[${parts.join(",")}]`;
      parts = [];
      size = 2;
    }
    parts.push(json);
    size += json.length + 1;
  }
  if (parts.length) yield `[${parts.join(",")}]`;
}

/**
 * The statement's rows as a FROM item aliased `t`, read from $1: a JSON array of arrays in `columns`'
 * order (see `asArrays`), half the characters of an array of objects that repeat every key.
 */
export function rowsFrom(columns: SqlColumns): string {
  const cols = Object.entries(columns).map(([n, type], i) =>
    type === "jsonb" ? `(e->${i}) AS "${n}"` : `(e->>${i})::${type} AS "${n}"`,
  );
  return `(SELECT ${cols.join(", ")} FROM jsonb_array_elements($1::jsonb) AS e) AS t`;
}

/** Each row as an array of its `columns`' values, in order (absent values are null). */
export function asArrays(columns: SqlColumns, rows: readonly Record<string, unknown>[]): unknown[][] {
  const names = Object.keys(columns);
  return rows.map((r) => names.map((n) => r[n] ?? null));
}

/**
 * Multi-row INSERT of plain rows (ADR 0051): one parameter (a JSON array) per statement, one statement
 * per MAX_PARAM_CHARS of rows: no per-row round trip, no per-row client work and no parameter-count limit.
 * Table and column names are our own constants, never input.
 */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: SqlColumns,
  rows: Record<string, unknown>[],
  returning?: string,
): Promise<Record<string, unknown>[]> {
  if (!rows.length) return [];
  const list = Object.keys(columns)
    .map((n) => `"${n}"`)
    .join(", ");
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM ${rowsFrom(columns)}${
    returning ? ` RETURNING ${returning}` : ""
  }`;
  const out: Record<string, unknown>[] = [];
  for (const json of jsonChunks(asArrays(columns, rows))) {
    if (returning) out.push(...(await tx.$queryRawUnsafe<Record<string, unknown>[]>(sql, json)));
    else await tx.$executeRawUnsafe(sql, json);
  }
  return out;
}

/**
 * Multi-row UPDATE: `set` columns from each row where the row's `id` matches and `where` holds (written
 * against the table aliased `x` and the row aliased `t`; `guard` declares the row's extra fields it reads).
 * `extra` is appended to the SET list as written (e.g. `"version" = x."version" + 1`). Returns the rows
 * written (id and `returning`); fewer than given means one changed meanwhile.
 */
export async function updateRows(
  tx: Tx,
  table: string,
  set: SqlColumns,
  rows: Record<string, unknown>[],
  opts: { guard?: SqlColumns; extra?: string; where?: string; returning?: string } = {},
): Promise<({ id: number } & Record<string, unknown>)[]> {
  if (!rows.length) return [];
  const guard = opts.guard ?? {};
  const cols = { id: "int", ...guard, ...set };
  const assignments = [...Object.keys(set).map((c) => `"${c}" = t."${c}"`), ...(opts.extra ? [opts.extra] : [])].join(
    ", ",
  );
  const conditions = [`x."id" = t."id"`];
  if (opts.where) conditions.push(opts.where);
  const sql = `UPDATE "${table}" AS x SET ${assignments} FROM ${rowsFrom(cols)}
      WHERE ${conditions.join(" AND ")} RETURNING x."id"${opts.returning ? `, ${opts.returning}` : ""}`;
  const out: ({ id: number } & Record<string, unknown>)[] = [];
  for (const json of jsonChunks(asArrays(cols, rows))) {
    out.push(...(await tx.$queryRawUnsafe<({ id: number } & Record<string, unknown>)[]>(sql, json)));
  }
  return out;
}

export type AuditRow = { actorId: number; action: string; entity: string; entityId: string; data: unknown };

/** Audit rows in one statement (the same columns `audit()` writes, without an IP: imports run in the worker). */
export async function insertAudits(tx: Tx, rows: AuditRow[]): Promise<void> {
  await insertRows(
    tx,
    "AuditLog",
    { actorId: "int", action: "text", entity: "text", entityId: "text", data: "jsonb" },
    rows,
  );
}
