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

function recordset(columns: SqlColumns): string {
  return Object.entries(columns)
    .map(([n, t]) => `"${n}" ${t}`)
    .join(", ");
}

/**
 * Multi-row INSERT of plain rows (ADR 0051), one statement and one parameter (a JSON array) per call: no
 * per-row round trip, no per-row client work and no parameter-count limit. Table and column names are
 * our own constants, never input.
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
  const sql = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS t(${recordset(columns)})${
    returning ? ` RETURNING ${returning}` : ""
  }`;
  if (returning) return tx.$queryRawUnsafe<Record<string, unknown>[]>(sql, JSON.stringify(rows));
  await tx.$executeRawUnsafe(sql, JSON.stringify(rows));
  return [];
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
  return tx.$queryRawUnsafe<({ id: number } & Record<string, unknown>)[]>(
    `UPDATE "${table}" AS x SET ${assignments} FROM jsonb_to_recordset($1::jsonb) AS t(${recordset(cols)})
      WHERE ${conditions.join(" AND ")} RETURNING x."id"${opts.returning ? `, ${opts.returning}` : ""}`,
    JSON.stringify(rows),
  );
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
