import "server-only";
import type { Actor } from "@/lib/auth/types";
import { can } from "@/lib/permissions";
import { AWAITING_DECISION_STATES } from "@/lib/workflow/state-machine";
import { heldCounts } from "./held-counts";

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
  // From the QueueCount summary (ADR 0063), the same figures as the queue's unfiltered chips.
  const held = await heldCounts(actor.unitId, actor.unitLevel);
  for (const st of AWAITING_DECISION_STATES) awaiting[st] = held.byState[st];
  const recognizedOpen = held.recognizedOpen;
  const total = AWAITING_DECISION_STATES.reduce((n, st) => n + awaiting[st], recognizedOpen);
  return { total, awaiting, recognizedOpen };
}
