import type { Actor } from "@/lib/auth/types";
import type { Tx } from "@/lib/db/client";
import { prisma } from "@/lib/db/client";
import { provinceScopePaths } from "@/lib/models/province-scope";

/**
 * Subtree paths an importer may write into: everything for the administrator (null), for a province
 * officer its province today and the provinces merged into it (past years were recorded under them).
 */
export async function importScopePaths(actor: Actor, db: Tx = prisma): Promise<string[] | null> {
  if (actor.role === "ADMIN") return null;
  const paths = await provinceScopePaths(actor.unitId, db);
  return paths.length ? paths : [actor.unitPath];
}

export function inScope(paths: string[] | null, unitPath: string): boolean {
  return paths === null || paths.some((p) => unitPath.startsWith(p));
}

const vnDayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });

/** Calendar day of a moment in Asia/Ho_Chi_Minh, as yyyy-mm-dd (how dates compare across import/export). */
export function vnDay(d: Date): string {
  return vnDayFormat.format(d);
}

/** Midnight in Asia/Ho_Chi_Minh of a calendar day given as UTC midnight. */
export function vnMidnight(day: Date): Date {
  return new Date(day.getTime() - 7 * 3600_000);
}

export function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
