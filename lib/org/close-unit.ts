// Close a unit on a date without a successor. Refused while it still has active accounts, open
// dossiers or open children: closing must not leave them without a unit (merge instead).
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { orgText } from "@/lib/i18n/org";
import { CloseUnitInput, fieldErrors } from "./schema";
import { forbidden, invalid, isOrgAdmin, isoDay, notFoundUnit, OPEN_STATES, type OrgResult } from "./tree-admin";

export async function closeUnit(actor: Actor | null, input: unknown): Promise<OrgResult> {
  if (!isOrgAdmin(actor)) return forbidden;
  const parsed = CloseUnitInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return invalid(f.message, f.fieldErrors);
  }
  const { unitId, to } = parsed.data;
  const e = orgText.errors;
  const unit = await prisma.unit.findUnique({ where: { id: unitId } });
  if (!unit) return notFoundUnit;
  if (unit.validTo !== null) return invalid(e.unitClosed);
  if (to.getTime() < unit.validFrom.getTime()) return invalid(e.beforeStart, { to: e.beforeStart });
  const problem = await closeProblem(prisma, unitId);
  if (problem) return invalid(problem);
  const done = await prisma.$transaction((tx) => closeUnitInTx(tx, actor.userId, unitId, to));
  return done ? { ok: true, value: undefined } : { ok: false, code: "conflict", message: e.stale };
}

/** Why a unit cannot be closed without a merge (active accounts, open dossiers, open children), or null. */
export async function closeProblem(db: Tx, unitId: number): Promise<string | null> {
  const e = orgText.errors;
  if (await db.user.count({ where: { unitId, disabled: false } })) return e.hasAccounts;
  if (
    await db.model.count({
      where: { OR: [{ ownerUnitId: unitId }, { reviewUnitId: unitId }], state: { in: [...OPEN_STATES] } },
    })
  ) {
    return e.hasOpenDossiers;
  }
  if (await db.unit.count({ where: { parentId: unitId, validTo: null } })) return e.hasOpenChildren;
  return null;
}

/**
 * The write of a closing inside the caller's transaction (checks done by the caller): the unit and its
 * current name end on `to`; the spreadsheet import may name a successor at the same time (the lineage
 * triggers then let the successor's officers read its history). False when it was closed meanwhile.
 */
export async function closeUnitInTx(
  tx: Tx,
  actorId: number,
  unitId: number,
  to: Date,
  successorId: number | null = null,
): Promise<boolean> {
  const n = await tx.unit.updateMany({
    where: { id: unitId, validTo: null },
    data: { validTo: to, ...(successorId !== null ? { successorId } : {}) },
  });
  if (n.count !== 1) return false;
  await tx.unitName.updateMany({ where: { unitId, validTo: null }, data: { validTo: to } });
  await audit(tx, {
    actorId,
    action: "org.unit.close",
    entity: "Unit",
    entityId: unitId,
    data: {
      before: { validTo: null },
      after: { validTo: isoDay(to), ...(successorId !== null ? { successorId } : {}) },
    },
  });
  return true;
}
