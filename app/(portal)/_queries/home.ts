import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { modelScopeWhere } from "@/lib/permissions";
import { registeredWhere } from "./scope";

/** Cached per request: the cadre's home shows it in two cards. */
export const countModelsByState = cache(async (actor: Actor): Promise<Partial<Record<ModelState, number>>> => {
  const groups = await prisma.model.groupBy({
    by: ["state"],
    where: modelScopeWhere(actor),
    _count: { _all: true },
  });
  return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
});

/** Same holding rule as the review queue (lib/review/list-review-queue): models the actor's committee holds now. */
export async function countReviewQueue(actor: Actor): Promise<{ submitted: number; underReview: number }> {
  const groups = await prisma.model.groupBy({
    by: ["state"],
    where: { reviewUnitId: actor.unitId, state: { in: ["SUBMITTED", "PROPOSED", "UNDER_REVIEW"] } },
    _count: { _all: true },
  });
  const of = (s: ModelState) => groups.find((g) => g.state === s)?._count._all ?? 0;
  // A model proposed to this committee waits for it exactly like a fresh registration.
  return { submitted: of("SUBMITTED") + of("PROPOSED"), underReview: of("UNDER_REVIEW") };
}

export type MovementTotals = { registered: number; recognized: number; typical: number };

export async function movementTotals(actor: Actor): Promise<MovementTotals> {
  const scope = modelScopeWhere(actor);
  const [registered, recognized, typical] = await Promise.all([
    prisma.model.count({ where: { AND: [scope, registeredWhere] } }),
    prisma.model.count({ where: { AND: [scope, { recognizedLevel: { not: null } }] } }),
    prisma.model.count({ where: { AND: [scope, { typicalLevel: { not: null } }] } }),
  ]);
  return { registered, recognized, typical };
}

export async function countUsers(): Promise<{ active: number; disabled: number }> {
  const [active, disabled] = await Promise.all([
    prisma.user.count({ where: { disabled: false } }),
    prisma.user.count({ where: { disabled: true } }),
  ]);
  return { active, disabled };
}
