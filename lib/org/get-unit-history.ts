// One unit for the administrator: today's facts, its names by period, predecessors, children, and the
// timeline of tree changes (from the audit log, which keeps before/after of each change).
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { isOrgAdmin } from "./tree-admin";

export async function getUnitHistory(actor: Actor | null, unitId: number) {
  if (!isOrgAdmin(actor) || !Number.isInteger(unitId) || unitId < 1 || unitId > 2_147_483_647) return null;
  const unit = await prisma.unit.findUnique({
    where: { id: unitId },
    include: {
      parent: { select: { id: true, code: true, name: true } },
      successor: { select: { id: true, code: true, name: true, validFrom: true } },
      predecessors: {
        select: { id: true, code: true, name: true, validTo: true },
        orderBy: { name: "asc" },
        take: 200,
      },
      names: { orderBy: { validFrom: "asc" } },
      _count: { select: { users: { where: { disabled: false } }, children: true } },
    },
  });
  if (!unit) return null;
  const children = await prisma.unit.findMany({
    where: { parentId: unitId },
    select: { id: true, code: true, name: true, validTo: true },
    orderBy: [{ validTo: { sort: "desc", nulls: "first" } }, { name: "asc" }],
    take: 200,
  });
  const events = await prisma.auditLog.findMany({
    where: { entity: "Unit", entityId: String(unitId), action: { startsWith: "org." } },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, data: true, createdAt: true, actor: { select: { fullName: true } } },
  });
  const openDossiers = await prisma.model.count({
    where: { reviewUnitId: unitId, state: { in: ["SUBMITTED", "UNDER_REVIEW", "NEEDS_REVISION", "PROPOSED"] } },
  });
  return { unit, children, events, openDossiers };
}
export type UnitHistory = NonNullable<Awaited<ReturnType<typeof getUnitHistory>>>;
