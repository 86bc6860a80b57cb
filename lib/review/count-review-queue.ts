import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";
import { AWAITING_DECISION_STATES } from "@/lib/workflow/state-machine";
import { actionableWhere, heldByCommitteeWhere } from "./list-review-queue";

export type AwaitingState = (typeof AWAITING_DECISION_STATES)[number];

export type ReviewQueueCounts = {
  /** What the queue's default view lists and counts ("N mô hình"). */
  total: number;
  /** Per awaiting state: the count on the queue's chip of that state (`/tham-dinh?state=…`). */
  awaiting: Record<AwaitingState, number>;
  /** Recognized at the committee's level and still open to it (typical, propose upward): the rest of total. */
  recognizedOpen: number;
};

/**
 * The home card's figures, by the queue's own rules (the same holding rule and the same "actionable" states),
 * so that each figure is the number the queue shows behind its link. Anyone who does not review holds nothing.
 */
export async function countReviewQueue(actor: Actor): Promise<ReviewQueueCounts> {
  const awaiting: Record<AwaitingState, number> = { SUBMITTED: 0, UNDER_REVIEW: 0, PROPOSED: 0 };
  if (!can(actor, "review:model:subtree")) return { total: 0, awaiting, recognizedOpen: 0 };
  const groups = await prisma.model.groupBy({
    by: ["state"],
    where: { AND: [heldByCommitteeWhere(actor), actionableWhere(actor.unitLevel)] },
    _count: { _all: true },
  });
  let total = 0;
  let recognizedOpen = 0;
  for (const g of groups) {
    total += g._count._all;
    if (g.state === "RECOGNIZED") recognizedOpen = g._count._all;
    else if ((AWAITING_DECISION_STATES as readonly string[]).includes(g.state))
      awaiting[g.state as AwaitingState] = g._count._all;
  }
  return { total, awaiting, recognizedOpen };
}
