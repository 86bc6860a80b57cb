// Multi-row INSERT from column arrays (INSERT … SELECT FROM unnest($1, $2, …)): one round trip for
// thousands of rows. Prisma's createMany is an order of magnitude slower for the demo seed's volumes.
import type { Tx } from "@/lib/db/client";

/** Column type in SQL; enum columns name their type, e.g. `"ReviewAction"`. */
export type ColumnType = "int" | "bigint" | "text" | "bool" | "date" | "timestamptz" | "numeric" | { enum: string };

type Value = string | number | boolean | bigint | Date | null | undefined;

function sqlType(t: ColumnType): string {
  return typeof t === "object" ? `text[]::"${t.enum}"` : t === "bigint" || t === "numeric" ? `text[]::${t}` : t;
}

function encode(v: Value): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "bigint") return v.toString();
  return v;
}

export async function bulkInsert<R extends Record<string, Value>>(
  db: Tx,
  table: string,
  columns: Record<keyof R & string, ColumnType>,
  rows: readonly R[],
  returning: readonly string[] = [],
): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const names = Object.keys(columns) as (keyof R & string)[];
  const params = names.map((n) => rows.map((r) => encode(r[n])));
  const sql =
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) ` +
    `SELECT * FROM unnest(${names.map((n, i) => `$${i + 1}::${sqlType(columns[n])}[]`).join(", ")})` +
    (returning.length ? ` RETURNING ${returning.map((c) => `"${c}"`).join(", ")}` : "");
  if (returning.length) return db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params);
  await db.$executeRawUnsafe(sql, ...params);
  return [];
}
