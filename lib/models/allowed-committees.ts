import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/permissions";
import { currentParentChain } from "@/lib/org/tree";
import { forbidden, type Result } from "@/lib/result";

export type Committee = { id: number; code: string; name: string; level: UnitLevel; kind: UnitKind };

/**
 * Committees a unit may register a model with, nearest first: its ancestors in TODAY's tree at
 * commune, district and province level that are valid today (after the 2025 reform typically
 * [xã, tỉnh]; an abolished unit is resolved to its successor first). Never the unit itself.
 */
export async function findAllowedCommittees(unitId: number, db: Tx = prisma): Promise<Committee[]> {
  const chain = await currentParentChain(unitId, { db });
  return chain.map(({ id, code, name, level, kind }) => ({ id, code, name, level, kind }));
}

export async function allowedCommittees(actor: Actor): Promise<Result<{ committees: Committee[] }>> {
  if (!can(actor, "register:model:own-unit")) return forbidden();
  return { ok: true, committees: await findAllowedCommittees(actor.unitId) };
}
