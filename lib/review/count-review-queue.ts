import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { actionableWhere, heldByCommitteeWhere } from "./list-review-queue";

export type ReviewQueueCounts = { submitted: number; underReview: number; recognized: number };

/**
 * The home card's figures: what the review queue shows by default (the same holding rule and the same
 * "actionable" states), by state. Anyone who does not review holds nothing.
 */
export async function countReviewQueue(actor: Actor): Promise<ReviewQueueCounts> {
  if (!can(actor, "review:model:subtree")) return { submitted: 0, underReview: 0, recognized: 0 };
  const groups = await prisma.model.groupBy({
    by: ["state"],
    where: { AND: [heldByCommitteeWhere(actor), actionableWhere(actor.unitLevel)] },
    _count: { _all: true },
  });
  const of = (s: ModelState) => groups.find((g) => g.state === s)?._count._all ?? 0;
  // A model proposed to this committee waits for it exactly like a fresh registration.
  return { submitted: of("SUBMITTED") + of("PROPOSED"), underReview: of("UNDER_REVIEW"), recognized: of("RECOGNIZED") };
}
