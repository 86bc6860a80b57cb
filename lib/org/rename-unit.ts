// Rename a unit from a date: the current name ends the day before (kept for everything dated earlier).
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import type { UnitKind } from "@/lib/generated/prisma/client";
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
  const updated = await prisma.$transaction((tx) =>
    renameUnitInTx(tx, actor.userId, { ...unit, currentName: currentName ?? null }, { name, from }),
  );
  if (!updated) return { ok: false, code: "conflict", message: e.stale };
  return { ok: true, value: undefined };
}

type RenamedUnit = {
  id: number;
  name: string;
  kind: UnitKind;
  validFrom: Date;
  currentName: { id: number } | null;
};

/**
 * The write of a rename (and, from the same date, a new unit kind: a commune that becomes a ward), inside
 * the caller's transaction: the current name period ends the day before `from`. The spreadsheet import
 * uses it too, so a renamed unit's history is the same whichever way it was renamed. False when the unit
 * changed meanwhile (its name or closing).
 */
export async function renameUnitInTx(
  tx: Tx,
  actorId: number,
  unit: RenamedUnit,
  to: { name: string; from: Date; kind?: UnitKind },
): Promise<boolean> {
  const { name, from } = to;
  const kind = to.kind ?? unit.kind;
  const done = await tx.unit.updateMany({
    where: { id: unit.id, name: unit.name, kind: unit.kind, validTo: null },
    data: { name, kind },
  });
  if (done.count !== 1) return false;
  if (unit.currentName)
    await tx.unitName.update({ where: { id: unit.currentName.id }, data: { validTo: dayBefore(from) } });
  else
    await tx.unitName.create({
      data: { unitId: unit.id, name: unit.name, kind: unit.kind, validFrom: unit.validFrom, validTo: dayBefore(from) },
    });
  await tx.unitName.create({ data: { unitId: unit.id, name, kind, validFrom: from } });
  await audit(tx, {
    actorId,
    action: "org.unit.rename",
    entity: "Unit",
    entityId: unit.id,
    data: {
      before: { name: unit.name, ...(kind !== unit.kind ? { kind: unit.kind } : {}) },
      after: { name, ...(kind !== unit.kind ? { kind } : {}), from: isoDay(from) },
    },
  });
  return true;
}
