/**
 * "Quay lại danh sách" that keeps the list's filters and page: the list passes its own query along as
 * `?ds=` (danh sách) and the detail page rebuilds the back link from it. Only the list's known keys
 * survive, and the path is fixed by the caller, so `ds` can never point elsewhere.
 */
export const MODEL_LIST_KEYS = [
  "q",
  "campaign",
  "field",
  "kind",
  "state",
  "status",
  "waiting",
  "page",
  "after",
  "before",
] as const;

type Params = Record<string, string | string[] | undefined>;

/** The list's current query (known keys only, non-empty values), as a string for `?ds=`. */
export function listQuery(
  params: Params | Record<string, string | undefined>,
  keys: readonly string[] = MODEL_LIST_KEYS,
): string {
  const out = new URLSearchParams();
  for (const key of keys) {
    const raw = params[key];
    const v = Array.isArray(raw) ? raw[0] : raw;
    if (typeof v === "string" && v.trim() !== "") out.set(key, v.slice(0, 200));
  }
  return out.toString();
}

/** A detail link that remembers the list. */
export function detailHref(path: string, query: string): string {
  return query ? `${path}?ds=${encodeURIComponent(query)}` : path;
}

/** The back link of a detail page: `base` with the remembered list query, if any. */
export function backHref(
  base: string,
  ds: string | string[] | undefined,
  keys: readonly string[] = MODEL_LIST_KEYS,
): string {
  const raw = Array.isArray(ds) ? ds[0] : ds;
  if (!raw) return base;
  const q = listQuery(Object.fromEntries(new URLSearchParams(raw.slice(0, 1000))), keys);
  return q ? `${base}?${q}` : base;
}
