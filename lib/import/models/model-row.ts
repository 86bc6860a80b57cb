import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModelState } from "@/lib/generated/prisma/enums";

/**
 * What a model's row in a models file is made of. The export writes rows from these columns and the plan
 * compares a file's rows with them, so exporting and importing again changes nothing.
 */

/** Models with a review outcome, the ones a models file carries (a model proposed upward is recognized at its level). */
export const OUTCOME_STATES = ["RECOGNIZED", "PROPOSED", "NOT_RECOGNIZED"] as const satisfies readonly ModelState[];

export const modelRowSelect = {
  id: true,
  code: true,
  kind: true,
  title: true,
  ownerUnitName: true,
  ownerAddress: true,
  registeredLevel: true,
  state: true,
  recognizedLevel: true,
  typicalLevel: true,
  personName: true,
  personPosition: true,
  stateChangedAt: true,
  recognitions: { select: { level: true, recognizedAt: true } },
} as const satisfies Prisma.ModelSelect;

/** The outcome's date on a row: the recognition at the recognized level, otherwise the last change of state. */
export function outcomeAt(m: {
  recognizedLevel: string | null;
  stateChangedAt: Date;
  recognitions: { level: string; recognizedAt: Date }[];
}): Date {
  return m.recognitions.find((r) => r.level === m.recognizedLevel)?.recognizedAt ?? m.stateChangedAt;
}
