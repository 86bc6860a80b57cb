import "server-only";
import type { Tx } from "@/lib/db/client";
import { vnYear } from "./dates";

/**
 * Next registration number "MH-<year>-<6 digits>", numbered per calendar year. Runs inside the
 * creating transaction: a transaction-scoped advisory lock per year serialises concurrent drafts, so
 * max+1 is read after the previous holder committed (READ COMMITTED takes a new snapshot per statement).
 */
export async function allocateModelCode(tx: Tx, now: Date = new Date()): Promise<string> {
  const year = vnYear(now);
  const prefix = `MH-${year}-`;
  await tx.$executeRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(${`model-code:${year}`}))) AS l`;
  // `::int` matters: with a text argument substring(… FROM …) is the regular-expression form.
  const start = prefix.length + 1;
  const rows = await tx.$queryRaw<{ n: number | null }[]>`
    SELECT max(substring(code FROM ${start}::int)::int) AS n
    FROM "Model" WHERE code LIKE ${`${prefix}%`} AND substring(code FROM ${start}::int) ~ '^[0-9]{1,9}$'`;
  const next = Number(rows[0]?.n ?? 0) + 1;
  return `${prefix}${String(next).padStart(6, "0")}`;
}
