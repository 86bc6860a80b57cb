import type { Tx } from "@/lib/db/client";
import { chunks } from "./scope";

/**
 * The unit codes a file types that name a unit only when case is ignored ("x-01942" for "X-01942"), each
 * mapped to that unit's code, as the forms find them (lib/org/unit-by-code.ts). Left out: a code some unit
 * bears exactly, and one that two codes match ignoring case (never guessed between). `ownCodes`: the codes
 * the file gives its own rows (the units import); those no unit bears in any case are the units it adds,
 * which a reference may name too. One read of Unit answers both.
 */
export async function unitCodesIgnoringCase(
  db: Tx,
  typed: Iterable<string>,
  ownCodes: Iterable<string> = [],
): Promise<Map<string, string>> {
  const own = [...new Set(ownCodes)].filter(Boolean);
  const asked = [...new Set([...typed, ...own])].filter(Boolean);
  const candidates = new Map<string, Set<string>>();
  for (const part of chunks(asked, 5000)) {
    // Unit is small (about 10,000 rows for a province): a scan per 5,000 codes.
    const rows = await db.$queryRaw<{ code: string }[]>`
      SELECT u.code FROM "Unit" u WHERE lower(u.code) IN (SELECT lower(c) FROM unnest(${part}::text[]) AS t(c))`;
    for (const { code } of rows) add(candidates, code.toLowerCase(), code);
  }
  // The file's new units (no unit bears the code in any case) are candidates beside the database's.
  const added = new Set(own.filter((c) => !candidates.has(c.toLowerCase())));
  for (const c of added) add(candidates, c.toLowerCase(), c);
  const out = new Map<string, string>();
  for (const c of new Set(typed)) {
    if (!c || added.has(c)) continue;
    const same = candidates.get(c.toLowerCase());
    if (!same || same.has(c) || same.size !== 1) continue;
    out.set(c, [...same][0]);
  }
  return out;
}

function add(m: Map<string, Set<string>>, k: string, code: string) {
  const s = m.get(k);
  if (s) s.add(code);
  else m.set(k, new Set([code]));
}
