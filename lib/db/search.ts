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
export type FoldIndexedColumn = '"Model"."title"' | '"Unit"."name"';

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

/** At most this many words of a search count (a pasted paragraph must not build a huge query). */
export const MAX_SEARCH_WORDS = 8;

/**
 * The words of a search as the database compares them: folded (no diacritics, lower case), split on
 * anything that is not a letter or digit ("bua com, cho  don!" → bua, com, cho, don), duplicates dropped.
 */
export function searchWords(q: string | null | undefined): string[] {
  const words = foldVietnamese((q ?? "").normalize("NFC"))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

const likeLiteral = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The searchable text of a model: title, code, person, owner unit (as registered and as named today)
 * and address, folded. Expects the model as "Model" and its owner unit joined as "OwnerUnit".
 */
const MODEL_DOC = Prisma.sql`vn_fold(concat_ws(' ', "Model"."title", "Model"."code", "Model"."personName",
  "Model"."ownerUnitName", "OwnerUnit"."name", "Model"."ownerAddress"))`;

/**
 * Ids and ranks of the models that contain every word (any order, without diacritics) in their title,
 * code, person, unit name or address, among the models `scope` (an SQL condition on "Model") admits.
 * The rank puts words found in the title first, then the title's trigram similarity to the whole search.
 * Returns null for an empty search (no filtering at all), an empty map for one with no words ("%", "--").
 */
export async function rankModelMatches(
  db: { $queryRaw<T>(query: Prisma.Sql): Promise<T> },
  q: string | null | undefined,
  scope: Prisma.Sql,
): Promise<Map<number, number> | null> {
  if (!q?.trim()) return null;
  const words = searchWords(q);
  if (!words.length) return new Map();
  const all = Prisma.join(
    words.map((w) => Prisma.sql`${MODEL_DOC} LIKE ${likeLiteral(w)}`),
    " AND ",
  );
  const rows = await db.$queryRaw<{ id: number; rank: number }[]>(Prisma.sql`
    SELECT "Model"."id" AS id, ${rankSql(words)} AS rank
    FROM "Model" JOIN "Unit" AS "OwnerUnit" ON "OwnerUnit"."id" = "Model"."ownerUnitId"
    WHERE (${scope}) AND ${all}`);
  return new Map(rows.map((r) => [Number(r.id), Number(r.rank)]));
}

/** The rank of a match: how many of the words its title holds, then the title's trigram similarity to them. */
function rankSql(words: string[]): Prisma.Sql {
  const inTitle = Prisma.join(
    words.map((w) => Prisma.sql`(CASE WHEN vn_fold("Model"."title") LIKE ${likeLiteral(w)} THEN 1 ELSE 0 END)`),
    " + ",
  );
  return Prisma.sql`(${inTitle})::float8 + word_similarity(${words.join(" ")}, vn_fold("Model"."title"))::float8`;
}

/** The ranks (rankModelMatches' order) of models already known to match `q`, by id. */
export async function rankModelIds(
  db: { $queryRaw<T>(query: Prisma.Sql): Promise<T> },
  q: string | null | undefined,
  ids: number[],
): Promise<Map<number, number>> {
  const words = searchWords(q);
  if (!words.length || !ids.length) return new Map();
  const rows = await db.$queryRaw<{ id: number; rank: number }[]>(Prisma.sql`
    SELECT "Model"."id" AS id, ${rankSql(words)} AS rank FROM "Model" WHERE "Model"."id" = ANY (${ids}::int[])`);
  return new Map(rows.map((r) => [Number(r.id), Number(r.rank)]));
}

/**
 * One page of `ids` (already in their default order) re-ordered best rank first; ties keep the default order.
 */
export function pageByRank(ids: number[], ranks: Map<number, number>, page: number, pageSize: number): number[] {
  const position = new Map(ids.map((id, i) => [id, i]));
  return [...ids]
    .sort((a, b) => (ranks.get(b) ?? 0) - (ranks.get(a) ?? 0) || position.get(a)! - position.get(b)!)
    .slice((page - 1) * pageSize, page * pageSize);
}

/**
 * Where-fragment of a search for the large lists (province list, review queue): every word of `q` in the
 * model's folded searchText (title, code, person, owner unit as registered and as named today, address),
 * kept by triggers and answered by its trigram index. Words hold letters and digits only, so they need
 * no LIKE escaping. Null for an empty search; a search with no words ("%", "--") matches nothing.
 * It stays inside the query (no id list comes back to the app), so a broad term cannot overflow the
 * bind-parameter limit (Prisma P2029).
 */
export function searchTextWhere(q: string | null | undefined): Prisma.ModelWhereInput | null {
  if (!q?.trim()) return null;
  const words = searchWords(q);
  if (!words.length) return { id: { in: [] } };
  return { AND: words.map((w) => ({ searchText: { contains: w } })) };
}
