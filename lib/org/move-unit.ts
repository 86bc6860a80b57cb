// Move a unit under another parent (today's tree); its open dossiers keep their committees unless the
// move takes the unit out of that committee's subtree, in which case they follow to the new parent chain.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma, type Tx } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { orgText, unitRuleMessage } from "@/lib/i18n/org";
import { fieldErrors, MoveUnitInput } from "./schema";
import { computePaths, currentParentChain } from "./tree";
import { forbidden, invalid, isOrgAdmin, notFoundUnit, OPEN_STATES, type OrgResult } from "./tree-admin";
import { parentProblem } from "./unit-rules";
import { unitByCode } from "./unit-by-code";

export async function moveUnit(actor: Actor | null, input: unknown): Promise<OrgResult> {
  if (!isOrgAdmin(actor)) return forbidden;
  const parsed = MoveUnitInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return invalid(f.message, f.fieldErrors);
  }
  const e = orgText.errors;
  const unit = await prisma.unit.findUnique({ where: { id: parsed.data.unitId } });
  if (!unit) return notFoundUnit;
  if (unit.validTo !== null) return invalid(e.unitClosed);
  const parent = await unitByCode(parsed.data.parentCode);
  if (!parent) return invalid(e.parentNotFound, { parentCode: e.parentNotFound });
  if (parent.id === unit.id) return invalid(e.self, { parentCode: e.self });
  if (parent.validTo !== null) return invalid(e.parentClosed, { parentCode: e.parentClosed });
  // Under its own descendant (or a unit whose history runs through it): a cycle.
  if (parent.lineage.includes(unit.id)) return invalid(e.cycle, { parentCode: e.cycle });
  const under = parentProblem(unit.level, parent.level);
  if (under) {
    const message = unitRuleMessage(unit.level, under);
    return invalid(message, { parentCode: message });
  }
  await prisma.$transaction((tx) => moveUnitInTx(tx, actor.userId, unit, parent));
  return { ok: true, value: undefined };
}

/**
 * The write of a move inside the caller's transaction (checks done by the caller): new parent, paths,
 * open dossiers re-routed, audit. The spreadsheet import moves units through it too.
 */
export async function moveUnitInTx(
  tx: Tx,
  actorId: number,
  unit: { id: number; parentId: number | null },
  parent: { id: number; name: string },
): Promise<void> {
  await tx.unit.update({ where: { id: unit.id }, data: { parentId: parent.id } });
  await computePaths(tx);
  // Open dossiers whose committee is no longer above the unit go to its nearest committee today.
  const moved = await tx.unit.findUniqueOrThrow({ where: { id: unit.id }, select: { lineage: true } });
  const stray = await tx.model.findMany({
    where: { ownerUnit: { lineage: { has: unit.id } }, state: { in: [...OPEN_STATES] } },
    select: { id: true, ownerUnitId: true, reviewUnitId: true, ownerUnit: { select: { lineage: true } } },
  });
  for (const m of stray) {
    if (m.ownerUnit.lineage.includes(m.reviewUnitId)) continue;
    const [committee] = await currentParentChain(m.ownerUnitId, { db: tx, includeSelf: true });
    if (committee)
      await tx.model.update({
        where: { id: m.id },
        data: { reviewUnitId: committee.id, reviewLevel: committee.level, version: { increment: 1 } },
      });
  }
  await audit(tx, {
    actorId,
    action: "org.unit.move",
    entity: "Unit",
    entityId: unit.id,
    data: {
      before: { parentId: unit.parentId },
      after: { parentId: parent.id, parent: parent.name },
      lineage: moved.lineage,
    },
  });
}
