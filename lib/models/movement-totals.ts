import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { modelScopeWhere } from "@/lib/permissions";
import { registeredWhere } from "./registered";

export type MovementTotals = { registered: number; recognized: number; typical: number };

/** Registered, recognized and typical models in the actor's scope, counted in the database. */
export async function movementTotals(actor: Actor): Promise<MovementTotals> {
  const scope = modelScopeWhere(actor);
  const [registered, recognized, typical] = await Promise.all([
    prisma.model.count({ where: { AND: [scope, registeredWhere] } }),
    prisma.model.count({ where: { AND: [scope, { recognizedLevel: { not: null } }] } }),
    prisma.model.count({ where: { AND: [scope, { typicalLevel: { not: null } }] } }),
  ]);
  return { registered, recognized, typical };
}
