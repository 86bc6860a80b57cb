/**
 * URL query of a dashboard filter, apart from filter.ts (zod, Prisma): the dashboard view renders in the
 * browser too (ADR 0062) and builds its links with this.
 */
export const FILTER_QUERY_KEYS = [
  "campaign",
  "year",
  "quarter",
  "unit",
  "fig",
  "level",
  "reglevel",
  "kind",
  "field",
] as const;
export type FilterQueryKey = (typeof FILTER_QUERY_KEYS)[number];

/** URL query of a filter (only set keys, in a stable order), for links and the XLSX file name. */
export function filterQuery(f: Partial<Record<FilterQueryKey, string | number | undefined>>): string {
  const params = new URLSearchParams();
  for (const k of FILTER_QUERY_KEYS) if (f[k] !== undefined && f[k] !== "") params.set(k, String(f[k]));
  return params.toString();
}
