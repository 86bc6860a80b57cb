/**
 * The counts of a committee's review progress row as links to the model list behind each (the dashboard's
 * drill-down vocabulary: `/mo-hinh?campaign=&unit=&fig=`, lib/dashboard/list-filter.ts). A count is a link
 * only when the list reproduces it: "pending" always; "reviewed" and "received" not for a committee that
 * answers for merged committees (ADR 0065), whose summed counts can hold a model that passed from one of
 * them to another twice (lib/dashboard/scope.ts committeeFigureWhere).
 */
import type { CommitteeFigure } from "@/lib/dashboard/filter";
import { modelListHref } from "@/lib/dashboard/figure-links";

export type ProgressCount = "received" | "reviewed" | "pending";
export type ProgressLinks = Partial<Record<ProgressCount, string>>;

const FIGURE: Record<ProgressCount, CommitteeFigure> = {
  received: "committee-received",
  reviewed: "committee-reviewed",
  pending: "committee-pending",
};

export function progressLinks(
  row: { unitId: number; answersForMerged: boolean },
  campaignId: number | undefined,
): ProgressLinks {
  const counts: ProgressCount[] = row.answersForMerged ? ["pending"] : ["received", "reviewed", "pending"];
  return Object.fromEntries(
    counts.map((k) => [k, modelListHref({ campaign: campaignId, unit: row.unitId, fig: FIGURE[k] })]),
  );
}
