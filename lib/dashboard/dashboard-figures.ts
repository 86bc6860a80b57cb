import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelKind, ModelState } from "@/lib/generated/prisma/enums";
import { modelScopeWhere } from "@/lib/permissions";
import { movementTotals } from "@/lib/models/movement-totals";
import { registeredWhere } from "@/lib/models/registered";

/** Movement figures for the actor's scope, counted in the database (never from a downloaded table). */
export async function dashboardFigures(actor: Actor) {
  const scope = modelScopeWhere(actor);
  const registered = { AND: [scope, registeredWhere] };
  const [totals, byKind, byField, byState, fields] = await Promise.all([
    movementTotals(actor),
    prisma.model.groupBy({ by: ["kind"], where: registered, _count: { _all: true } }),
    prisma.model.groupBy({ by: ["fieldId"], where: registered, _count: { _all: true } }),
    prisma.model.groupBy({ by: ["state"], where: scope, _count: { _all: true } }),
    prisma.field.findMany({
      select: { id: true, name: true, sortOrder: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);

  const kindCount = (k: ModelKind) => byKind.find((g) => g.kind === k)?._count._all ?? 0;
  const fieldCounts = new Map(byField.map((g) => [g.fieldId, g._count._all]));

  return {
    totals,
    collective: kindCount("COLLECTIVE"),
    individual: kindCount("INDIVIDUAL"),
    byField: fields
      .map((f) => ({ id: f.id, name: f.name, count: fieldCounts.get(f.id) ?? 0 }))
      .filter((f) => f.count > 0),
    byState: Object.fromEntries(byState.map((g) => [g.state, g._count._all])) as Partial<Record<ModelState, number>>,
  };
}
