import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState } from "@/lib/generated/prisma/enums";
import { modelScopeWhere } from "@/lib/permissions";

/** Models in the actor's scope by state. Cached per request: the cadre's home shows it in two cards. */
export const countModelsByState = cache(async (actor: Actor): Promise<Partial<Record<ModelState, number>>> => {
  const groups = await prisma.model.groupBy({ by: ["state"], where: modelScopeWhere(actor), _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.state, g._count._all]));
});
