import "server-only";
import type { UnitLevel } from "@/lib/generated/prisma/enums";
import type { CommitteeCounts } from "./summary";
import { compareVi } from "@/lib/format";

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
  /**
   * Answers for closed committees merged into it: "reviewed" sums theirs and is not a list (a model may
   * count twice, lib/dashboard/scope.ts committeeFigureWhere), so only "pending" links to one.
   */
  answersForMerged: boolean;
};

export type CommitteeProgressReport = {
  committees: CommitteeRow[];
  /** "13/14 đã thẩm định". */
  doneCount: number;
  total: number;
  proposed: number;
  recognizedAbove: number;
};

/**
 * Review progress of the committees directly below a unit, for the dashboard's period, from the
 * committee summaries (DashCommittee, ADR 0053, read with the rest of the dashboard in
 * ./summary.ts dashboardData), wherever the models are owned (after a merger a committee may hold a
 * model owned under an abolished unit). A committee answers for the closed committees merged into it
 * (lib/org/scope-sql.ts answersForSql): the reviews of the old communes, imported or made in the portal,
 * count for today's commune. A committee's models are always in the scope of whoever may see the
 * committee (its models' owners have it in their lineage).
 */
export function committeeProgress(
  committees: { id: number; name: string; level: UnitLevel; committee: CommitteeCounts | null; merged: boolean }[],
): CommitteeProgressReport {
  if (committees.length === 0) return { committees: [], doneCount: 0, total: 0, proposed: 0, recognizedAbove: 0 };
  const rows = committees.map((c): CommitteeRow => {
    const k = c.committee;
    const pending = k?.pending ?? 0;
    const reviewed = (k?.heldReviewed ?? 0) + (k?.movedOn ?? 0);
    const proposed = k?.proposed ?? 0;
    const recognizedAbove = k?.recognizedAbove ?? 0;
    return {
      unitId: c.id,
      unitName: c.name,
      level: c.level,
      pending,
      reviewed,
      proposed,
      recognizedAbove,
      done: pending + reviewed > 0 && pending === 0,
      answersForMerged: c.merged,
    };
  });
  // Committees still working first (most pending on top), then by name.
  rows.sort((a, b) => Number(a.done) - Number(b.done) || b.pending - a.pending || compareVi(a.unitName, b.unitName));
  return {
    committees: rows,
    doneCount: rows.filter((r) => r.done).length,
    total: rows.length,
    proposed: rows.reduce((s, r) => s + r.proposed, 0),
    recognizedAbove: rows.reduce((s, r) => s + r.recognizedAbove, 0),
  };
}
