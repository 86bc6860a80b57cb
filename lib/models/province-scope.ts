import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { currentParentChain } from "@/lib/org/tree";

/**
 * Subtree paths of the unit's province today and of the provinces merged into it (their models,
 * recognized before the 2025 merger, are still good replication origins).
 */
export async function provinceScopePaths(unitId: number, db: Tx = prisma): Promise<string[]> {
  const chain = await currentParentChain(unitId, { db, includeSelf: true });
  const province = chain.find((u) => u.level === "PROVINCE");
  if (!province) return [];
  const rows = await db.unit.findMany({
    where: { OR: [{ id: province.id }, { successorId: province.id, level: "PROVINCE" }] },
    select: { path: true },
  });
  return rows.map((r) => r.path);
}
