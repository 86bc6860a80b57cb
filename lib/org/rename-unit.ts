// Rename a unit from a date: the current name ends the day before (kept for everything dated earlier).
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { orgText } from "@/lib/i18n/org";
import { fieldErrors, RenameUnitInput } from "./schema";
import { dayBefore, forbidden, invalid, isOrgAdmin, isoDay, notFoundUnit, type OrgResult } from "./tree-admin";

export async function renameUnit(actor: Actor | null, input: unknown): Promise<OrgResult> {
  if (!isOrgAdmin(actor)) return forbidden;
  const parsed = RenameUnitInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return invalid(f.message, f.fieldErrors);
  }
  const { unitId, name, from } = parsed.data;
  const e = orgText.errors;
  const unit = await prisma.unit.findUnique({
    where: { id: unitId },
    include: { names: { where: { validTo: null } } },
  });
  if (!unit) return notFoundUnit;
  if (unit.validTo !== null) return invalid(e.unitClosed);
  const currentName = unit.names[0];
  const since = currentName?.validFrom ?? unit.validFrom;
  // The new period must start after the current one did: periods never overlap.
  if (from.getTime() <= since.getTime()) return invalid(e.overlap, { from: e.overlap });
  const updated = await prisma.$transaction(async (tx) => {
    const done = await tx.unit.updateMany({ where: { id: unitId, name: unit.name, validTo: null }, data: { name } });
    if (done.count !== 1) return false;
    if (currentName) await tx.unitName.update({ where: { id: currentName.id }, data: { validTo: dayBefore(from) } });
    else
      await tx.unitName.create({
        data: { unitId, name: unit.name, kind: unit.kind, validFrom: unit.validFrom, validTo: dayBefore(from) },
      });
    await tx.unitName.create({ data: { unitId, name, kind: unit.kind, validFrom: from } });
    await audit(tx, {
      actorId: actor.userId,
      action: "org.unit.rename",
      entity: "Unit",
      entityId: unitId,
      data: { before: { name: unit.name }, after: { name, from: isoDay(from) } },
    });
    return true;
  });
  if (!updated) return { ok: false, code: "conflict", message: e.stale };
  return { ok: true, value: undefined };
}
