import type { Prisma } from "@/lib/generated/prisma/client";
import { REGISTERED_STATES } from "@/lib/workflow/state-machine";

/** The one definition of "registered" as a where-fragment (the states come from the state machine). */
export const registeredWhere: Prisma.ModelWhereInput = { state: { in: [...REGISTERED_STATES] } };
