import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Prisma, Unit } from "@/lib/generated/prisma/client";
import { can, isInSubtree, modelScopeWhere, unitSubtreeWhere } from "@/lib/permissions";
import { AWAITING_DECISION_STATES } from "@/lib/workflow/state-machine";
import {
  breakdownWhere,
  figureWhere,
  isCommitteeFigure,
  periodWhere,
  type CommitteeFigure,
  type DashboardFilter,
} from "./filter";

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

const DECIDED_STATES = ["RECOGNIZED", "NOT_RECOGNIZED", "NEEDS_REVISION"] as const;

/**
 * The units a committee answers for (ADR 0065, answersForSql): itself and the closed units of its level
 * merged into it, directly or through another merged unit (their lineage holds it).
 */
export async function committeeUnitIds(unit: Pick<Unit, "id" | "level">): Promise<number[]> {
  const merged = await prisma.unit.findMany({
    where: { validTo: { not: null }, level: unit.level, lineage: { has: unit.id }, id: { not: unit.id } },
    select: { id: true },
  });
  return [unit.id, ...merged.map((u) => u.id)];
}

/**
 * A committee's review progress figure as a where, as dash_committee_rows counts it, over the units the
 * committee answers for: pending = held by one of them and waiting for it. For a committee that answers
 * for itself alone also reviewed = held and decided (recognized, not recognized, sent back), or recognized
 * by it and held by another committee since (proposed upward), and received = both; the parts are disjoint
 * (held here or not; waiting or decided), so the rows are the count. With merged units the summed counts
 * of those two can hold one model twice (recognized by an old commune, then held by its successor): they
 * are not reproduced, and the page links none of them (lib/review/progress-links.ts).
 */
export function committeeFigureWhere(committeeIds: number[], fig: CommitteeFigure): Prisma.ModelWhereInput {
  const pending: Prisma.ModelWhereInput = {
    reviewUnitId: { in: committeeIds },
    state: { in: [...AWAITING_DECISION_STATES] },
  };
  if (fig === "committee-pending") return pending;
  const [id] = committeeIds;
  const reviewed: Prisma.ModelWhereInput = {
    OR: [
      { reviewUnitId: id, state: { in: [...DECIDED_STATES] } },
      { reviewUnitId: { not: id }, recognitions: { some: { unitId: id } } },
    ],
  };
  // Not reproduced for merged committees: the list shows nothing rather than another number.
  if (committeeIds.length > 1) return { id: -1 };
  if (fig === "committee-reviewed") return reviewed;
  return { OR: [pending, reviewed] };
}

/**
 * Everything a figure link filters by, as one where: scope ∧ unit ∧ period ∧ figure ∧ breakdown. A
 * committee figure counts the committee's models wherever they are owned (as its summary does), within
 * the actor's scope.
 */
export function dashboardModelWhere(
  actor: Actor,
  unit: Pick<Unit, "id" | "path" | "lineage">,
  f: DashboardFilter,
  /** For a committee figure: the units the committee answers for (committeeUnitIds). */
  committeeIds: number[] = [unit.id],
): Prisma.ModelWhereInput {
  if (isCommitteeFigure(f.fig))
    return {
      AND: [modelScopeWhere(actor), ...periodWhere(f), committeeFigureWhere(committeeIds, f.fig), ...breakdownWhere(f)],
    };
  return {
    AND: [...unitModelsWhere(actor, unit), ...periodWhere(f), ...figureWhere(f.fig, f.level), ...breakdownWhere(f)],
  };
}
