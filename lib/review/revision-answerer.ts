import "server-only";
import { prisma, type Tx } from "@/lib/db/client";

/**
 * Whether someone can answer a revision request on a model of this unit (ADR 0052): only the unit's own
 * account edits and resubmits its models, so it needs an enabled unit cadre account. A committee that
 * registered a model for a unit without one must decide it (recognize or not) instead, or have the
 * unit's account created first; otherwise the model would wait in "needs revision" for nobody.
 */
export async function unitCanAnswerRevision(ownerUnitId: number, db: Tx | typeof prisma = prisma): Promise<boolean> {
  const answerer = await db.user.findFirst({
    where: { unitId: ownerUnitId, role: "UNIT_CADRE", disabled: false },
    select: { id: true },
  });
  return answerer !== null;
}
