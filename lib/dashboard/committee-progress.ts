import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import { modelScopeWhere } from "@/lib/permissions";
import { AWAITING_DECISION_STATES } from "@/lib/workflow/state-machine";
import { periodWhere, type DashboardFilter } from "./filter";

export type CommitteeRow = {
  unitId: number;
  unitName: string;
  level: UnitLevel;
  /** Held now and waiting for the committee. */
  pending: number;
  /** Decided by the committee: recognized (also those since proposed upward), not recognized, sent back. */
  reviewed: number;
  /** Proposed by the committee to the level above, and of those how many a level above recognized. */
  proposed: number;
  recognizedAbove: number;
  /** Received something and has nothing pending: counts as "đã thẩm định". */
  done: boolean;
};

export type CommitteeProgressReport = {
  committees: CommitteeRow[];
  /** "13/14 đã thẩm định". */
  doneCount: number;
  total: number;
  proposed: number;
  recognizedAbove: number;
};

const ABOVE: Record<UnitLevel, UnitLevel[]> = {
  GRASSROOTS: ["COMMUNE", "DISTRICT", "PROVINCE"],
  COMMUNE: ["DISTRICT", "PROVINCE"],
  DISTRICT: ["PROVINCE"],
  PROVINCE: [],
};

/**
 * Review progress of the committees directly below a unit, for the dashboard's period. The models are
 * those of the actor's scope in the period, wherever they are owned (after a merger a committee may hold
 * a model owned under an abolished unit).
 */
export async function committeeProgress(
  actor: Actor,
  committees: { id: number; name: string; level: UnitLevel }[],
  f: DashboardFilter,
): Promise<CommitteeProgressReport> {
  const base: Prisma.ModelWhereInput[] = [modelScopeWhere(actor), ...periodWhere(f)];
  if (committees.length === 0) return { committees: [], doneCount: 0, total: 0, proposed: 0, recognizedAbove: 0 };
  const ids = committees.map((c) => c.id);
  const [held, perCommittee] = await Promise.all([
    prisma.model.groupBy({
      by: ["reviewUnitId", "state"],
      where: { AND: [...base, { reviewUnitId: { in: ids } }] },
      _count: { _all: true },
    }),
    Promise.all(
      committees.map((c) => {
        const proposedHere: Prisma.ModelWhereInput = {
          events: { some: { action: "PROPOSE", unitId: c.id, undoneById: null } },
        };
        return Promise.all([
          prisma.model.count({
            where: { AND: [...base, { recognitions: { some: { unitId: c.id } } }, { reviewUnitId: { not: c.id } }] },
          }),
          prisma.model.count({ where: { AND: [...base, proposedHere] } }),
          prisma.model.count({
            where: { AND: [...base, proposedHere, { recognitions: { some: { level: { in: ABOVE[c.level] } } } }] },
          }),
        ]);
      }),
    ),
  ]);

  const rows = committees.map((c, i): CommitteeRow => {
    const mine = held.filter((h) => h.reviewUnitId === c.id);
    const n = (states: readonly string[]) =>
      mine.filter((h) => states.includes(h.state)).reduce((s, h) => s + h._count._all, 0);
    const pending = n(AWAITING_DECISION_STATES);
    const [movedOn, proposed, recognizedAbove] = perCommittee[i];
    const reviewed = n(["RECOGNIZED", "NOT_RECOGNIZED", "NEEDS_REVISION"]) + movedOn;
    return {
      unitId: c.id,
      unitName: c.name,
      level: c.level,
      pending,
      reviewed,
      proposed,
      recognizedAbove,
      done: pending + reviewed > 0 && pending === 0,
    };
  });
  // Committees still working first (most pending on top), then by name.
  rows.sort(
    (a, b) => Number(a.done) - Number(b.done) || b.pending - a.pending || a.unitName.localeCompare(b.unitName, "vi"),
  );
  return {
    committees: rows,
    doneCount: rows.filter((r) => r.done).length,
    total: rows.length,
    proposed: rows.reduce((s, r) => s + r.proposed, 0),
    recognizedAbove: rows.reduce((s, r) => s + r.recognizedAbove, 0),
  };
}
