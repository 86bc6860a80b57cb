// Organisation tree helpers: materialised paths and today's review routing.
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/client";
import { prisma, type Tx } from "@/lib/db/client";
import { isCurrent } from "./eras";
import { COMMITTEE_LEVELS } from "@/lib/workflow/state-machine";

/**
 * Recomputes `Unit.path` ("/<rootId>/<childId>/…/") for the whole tree from `parentId`, in one statement.
 * Returns the number of rows whose path changed.
 */
export async function computePaths(db: Tx = prisma): Promise<number> {
  return db.$executeRaw`
    WITH RECURSIVE t AS (
      SELECT id, '/' || id || '/' AS p FROM "Unit" WHERE "parentId" IS NULL
      UNION ALL
      SELECT u.id, t.p || u.id || '/' FROM "Unit" u JOIN t ON u."parentId" = t.id
    )
    UPDATE "Unit" SET path = t.p FROM t WHERE "Unit".id = t.id AND "Unit".path IS DISTINCT FROM t.p`;
}

/** "/1/12/345/" → [1, 12, 345] (root first). */
export function pathIds(path: string): number[] {
  return path.split("/").filter(Boolean).map(Number);
}

/**
 * True when following `next` from `start` (a unit's parent, or its successor, in a tree that may not be
 * written yet) comes back to `start`: that link would put the unit under (or after) itself. The walk
 * ends where the chain ends (null) or at a loop that does not pass through `start`.
 */
export function leadsBackTo<K>(start: K, next: (k: K) => K | null): boolean {
  const seen = new Set<K>();
  for (let k = next(start); k !== null; k = next(k)) {
    if (k === start) return true;
    if (seen.has(k)) return false;
    seen.add(k);
  }
  return false;
}

/** Prisma where-fragment for a unit and everything below it. */
export function subtreeWhere(path: string) {
  return { path: { startsWith: path } };
}

export type ChainUnit = { id: number; code: string; name: string; kind: UnitKind; level: UnitLevel };

/** The columns tree walks read of a unit: identity, place in the tree and lineage, period of validity. */
export const treeUnitSelect = {
  id: true,
  code: true,
  name: true,
  kind: true,
  level: true,
  parentId: true,
  successorId: true,
  validFrom: true,
  validTo: true,
  path: true,
} as const;

/**
 * The committees that review a unit's models in TODAY's tree, nearest first (e.g. [xã, tỉnh] for a
 * grassroots unit of a commune that sits directly under the new province; [Đảng ủy Công an tỉnh, tỉnh]
 * for a commune-level equivalent under it).
 * A unit that no longer exists is first resolved: to its successor, or, without one, to the current
 * counterpart of its parent (which then itself becomes the nearest committee).
 */
export async function currentParentChain(
  unitId: number,
  opts: { db?: Tx; at?: Date; includeSelf?: boolean } = {},
): Promise<ChainUnit[]> {
  const db = opts.db ?? prisma;
  const at = opts.at ?? new Date();
  const first = await db.unit.findUnique({ where: { id: unitId }, select: treeUnitSelect });
  if (!first) return [];
  let unit: typeof first = first;
  let includeResolved = opts.includeSelf ?? false;
  const seen = new Set<number>();
  while (!isCurrent(unit, at)) {
    if (seen.has(unit.id)) return [];
    seen.add(unit.id);
    const nextId: number | null = unit.successorId ?? unit.parentId;
    if (unit.successorId === null) includeResolved = true;
    if (nextId === null) return [];
    const next: typeof first | null = await db.unit.findUnique({ where: { id: nextId }, select: treeUnitSelect });
    if (!next) return [];
    unit = next;
  }
  const ids = pathIds(unit.path).filter((id) => includeResolved || id !== unit.id);
  const rows = await db.unit.findMany({
    where: { id: { in: ids }, level: { in: [...COMMITTEE_LEVELS] } },
    select: treeUnitSelect,
  });
  const depth = new Map(ids.map((id, i) => [id, i]));
  return rows
    .filter((u) => isCurrent(u, at))
    .sort((a, b) => depth.get(b.id)! - depth.get(a.id)!)
    .map(({ id, code, name, kind, level }) => ({ id, code, name, kind, level }));
}
