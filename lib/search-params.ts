/** Search params as Next passes them to a page (Next 16: a promise). */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function positiveInt(value: string | string[] | undefined): number | undefined {
  const n = Number(first(value));
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}
