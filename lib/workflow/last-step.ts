import type { ModelState, ReviewAction } from "@/lib/generated/prisma/enums";
import type { LastEvent } from "@/lib/workflow/state-machine";

export type EventForUndo = {
  id: number;
  action: ReviewAction;
  fromState: ModelState | null;
  toState: ModelState | null;
  unitId: number | null;
  undoneById: number | null;
};

/**
 * The latest event still in force, ignoring UNDO markers and steps already undone: what UNDO would take
 * back. Stricter than "latest review step": an owner's UPDATE or a COMMEND after the step counts as a
 * later consequence, so the state machine then finds nothing undoable. Events must be oldest first.
 */
export function lastStepInForce<E extends EventForUndo>(events: readonly E[]): E | null {
  return events.filter((e) => e.undoneById === null && e.action !== "UNDO" && e.action !== "CREATE").at(-1) ?? null;
}

export function lastEventFor(event: EventForUndo | null, unitId: number): LastEvent | null {
  return event
    ? {
        action: event.action,
        fromState: event.fromState,
        toState: event.toState,
        byActorCommittee: event.unitId === unitId,
      }
    : null;
}
