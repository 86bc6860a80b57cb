import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { currentParentChain } from "@/lib/org/tree";
import { addressForm } from "@/lib/org/unit-names";

export type OwnerSnapshot = { ownerUnitName: string; ownerAddress: string };

/**
 * Name and address of the owning unit as of registration, e.g. "Chi bộ thôn Nà Lẹng" and
 * "xã Tân Lập, tỉnh Thái Nguyên": copied onto the model so history prints as it was after mergers.
 */
export async function ownerSnapshot(unitId: number, db: Tx = prisma): Promise<OwnerSnapshot> {
  const unit = await db.unit.findUniqueOrThrow({ where: { id: unitId }, select: { name: true } });
  const chain = await currentParentChain(unitId, { db });
  return { ownerUnitName: unit.name, ownerAddress: chain.map((u) => addressForm(u.name)).join(", ") };
}
