import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Prisma, Unit } from "@/lib/generated/prisma/client";
import { can, isInSubtree, modelScopeWhere, unitSubtreeWhere } from "@/lib/permissions";
import { breakdownWhere, figureWhere, periodWhere, type DashboardFilter } from "./filter";

export function canViewDashboard(actor: Actor): boolean {
  return (
    can(actor, "view:dashboard:all") || can(actor, "view:dashboard:subtree") || can(actor, "view:dashboard:own-unit")
  );
}

/**
 * The drill-down unit: the requested one when it is in the actor's scope (unitSubtreeWhere), else null
 * ("not found"); without a request, the actor's own unit.
 */
export async function resolveDashboardUnit(actor: Actor, unitId: number | undefined): Promise<Unit | null> {
  const id = unitId ?? actor.unitId;
  return prisma.unit.findFirst({ where: { AND: [{ id }, unitSubtreeWhere(actor)] } });
}

/**
 * Models counted for a unit: the actor's scope intersected with the unit's own subtree scope, both from
 * lib/permissions (the unit's part is the scope a reviewer of that unit would have, so the successor
 * rule of the organisation tree applies to drill-down the same way it applies to access).
 */
export function unitModelsWhere(actor: Actor, unit: Pick<Unit, "id" | "path" | "lineage">): Prisma.ModelWhereInput[] {
  const own = modelScopeWhere(actor);
  if (unit.id === actor.unitId || !isInSubtree(actor, unit)) return [own];
  return [own, modelScopeWhere({ role: "PROVINCE_OFFICER", unitId: unit.id, unitPath: unit.path })];
}

/** Everything a figure link filters by, as one where: scope ∧ unit ∧ period ∧ figure ∧ breakdown. */
export function dashboardModelWhere(
  actor: Actor,
  unit: Pick<Unit, "id" | "path" | "lineage">,
  f: DashboardFilter,
): Prisma.ModelWhereInput {
  return {
    AND: [...unitModelsWhere(actor, unit), ...periodWhere(f), ...figureWhere(f.fig, f.level), ...breakdownWhere(f)],
  };
}
