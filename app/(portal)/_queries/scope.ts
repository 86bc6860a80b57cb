import type { Prisma } from "@/lib/generated/prisma/client";
import { ModelState } from "@/lib/generated/prisma/enums";

export const PAGE_SIZE = 20;

/** Every state, in workflow order (the enum's declaration order). */
export const MODEL_STATES = Object.values(ModelState);

export function isModelState(value: unknown): value is ModelState {
  return typeof value === "string" && (MODEL_STATES as string[]).includes(value);
}


/** "Registered": sent to a committee at least once and still in the process (not a draft, not withdrawn). */
export const registeredWhere: Prisma.ModelWhereInput = { state: { notIn: ["DRAFT", "WITHDRAWN"] } };

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}
