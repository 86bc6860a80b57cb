import type { ModelState, UnitLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/types";
import { checkTransition, type LastEvent, type TransitionCheck, type TransitionContext } from "./state-machine";
import type { ReviewAction } from "@/lib/generated/prisma/enums";

/** The model facts the state machine needs (a subset of the Model row). */
export type ModelForTransition = {
  state: ModelState;
  ownerUnitId: number;
  reviewUnitId: number;
  reviewLevel: UnitLevel;
  recognizedLevel: UnitLevel | null;
  typicalLevel: UnitLevel | null;
};

export function transitionContext(
  actor: Pick<Actor, "role" | "unitId">,
  model: ModelForTransition,
  extra: { comment?: string | null; lastEvent?: LastEvent | null } = {},
): TransitionContext {
  return {
    role: actor.role,
    holdingLevel: model.reviewLevel,
    isOwnerUnit: actor.unitId === model.ownerUnitId,
    isHoldingCommittee: actor.unitId === model.reviewUnitId,
    recognizedLevel: model.recognizedLevel,
    typicalLevel: model.typicalLevel,
    comment: extra.comment,
    lastEvent: extra.lastEvent,
  };
}

/** checkTransition for an actor and a loaded model row. */
export function checkModelTransition(
  actor: Pick<Actor, "role" | "unitId">,
  model: ModelForTransition,
  action: ReviewAction,
  extra: { comment?: string | null; lastEvent?: LastEvent | null } = {},
): TransitionCheck {
  return checkTransition(model.state, action, transitionContext(actor, model, extra));
}
