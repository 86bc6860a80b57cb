import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Accent- and case-insensitive form of Vietnamese text, the JS twin of the SQL function `vn_fold`
 * (lib/db/search.test.ts keeps the two in agreement over every Vietnamese letter).
 * đ/Đ have no Unicode decomposition, so NFD alone would keep them.
 */
export function foldVietnamese(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

/** Columns that have a `vn_fold(col) gin_trgm_ops` index in the migration; only these are searched this way. */
export type FoldIndexedColumn = '"Model"."title"' | '"Model"."personName"' | '"Unit"."name"';

/**
 * `vn_fold(column) LIKE '%' || vn_fold(q) || '%'` with q's LIKE wildcards escaped, so a search for
 * "50%" means the text "50%". The expression is written exactly as indexed so the trigram index applies.
 */
export function foldedContains(column: FoldIndexedColumn, q: string): Prisma.Sql {
  const literal = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  return Prisma.sql`vn_fold(${Prisma.raw(column)}) LIKE '%' || vn_fold(${literal}) || '%'`;
}

export function titleMatches(q: string): Prisma.Sql {
  return foldedContains('"Model"."title"', q);
}
