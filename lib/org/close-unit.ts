// Close a unit on a date without a successor. Refused while it still has active accounts, open
// dossiers or open children: closing must not leave them without a unit (merge instead).
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
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
  if (await prisma.user.count({ where: { unitId, disabled: false } })) return invalid(e.hasAccounts);
  if (
    await prisma.model.count({
      where: { OR: [{ ownerUnitId: unitId }, { reviewUnitId: unitId }], state: { in: [...OPEN_STATES] } },
    })
  ) {
    return invalid(e.hasOpenDossiers);
  }
  if (await prisma.unit.count({ where: { parentId: unitId, validTo: null } })) return invalid(e.hasOpenChildren);
  const done = await prisma.$transaction(async (tx) => {
    const n = await tx.unit.updateMany({ where: { id: unitId, validTo: null }, data: { validTo: to } });
    if (n.count !== 1) return false;
    await tx.unitName.updateMany({ where: { unitId, validTo: null }, data: { validTo: to } });
    await audit(tx, {
      actorId: actor.userId,
      action: "org.unit.close",
      entity: "Unit",
      entityId: unitId,
      data: { before: { validTo: null }, after: { validTo: isoDay(to) } },
    });
    return true;
  });
  return done ? { ok: true, value: undefined } : { ok: false, code: "conflict", message: e.stale };
}
