// Create a unit (e.g. a district-level equivalent the official data does not hold) from a date.
import "server-only";
import type { Actor } from "@/lib/auth/types";
import { prisma } from "@/lib/db/client";
import { audit } from "@/lib/audit";
import { orgText, unitRuleMessage } from "@/lib/i18n/org";
import { isCurrent } from "./eras";
import { CreateUnitInput, fieldErrors } from "./schema";
import { forbidden, invalid, isOrgAdmin, isoDay, type OrgResult } from "./tree-admin";
import { unitProblems } from "./unit-rules";
import { unitByCode } from "./unit-by-code";

export async function createOrgUnit(actor: Actor | null, input: unknown): Promise<OrgResult<{ id: number }>> {
  if (!isOrgAdmin(actor)) return forbidden;
  const parsed = CreateUnitInput.safeParse(input);
  if (!parsed.success) {
    const f = fieldErrors(parsed.error);
    return invalid(f.message, f.fieldErrors);
  }
  const d = parsed.data;
  const e = orgText.errors;
  const parent = d.parentCode ? await unitByCode(d.parentCode) : null;
  if (d.parentCode && !parent) return invalid(e.parentNotFound, { parentCode: e.parentNotFound });
  if (parent && !isCurrent(parent, d.validFrom)) return invalid(e.parentClosed, { parentCode: e.parentClosed });
  const shape = unitProblems(d, parent?.level ?? null);
  if (shape.kind || shape.parent) {
    const problems: Record<string, string> = {};
    if (shape.kind) problems.kind = unitRuleMessage(d.level, shape.kind);
    if (shape.parent) problems.parentCode = unitRuleMessage(d.level, shape.parent);
    return invalid(Object.values(problems)[0], problems);
  }
  const code = d.code || `U-${Date.now().toString(36).toUpperCase()}`;
  if (await prisma.unit.findUnique({ where: { code }, select: { id: true } }))
    return invalid(e.codeTaken, { code: e.codeTaken });
  const unit = await prisma.$transaction(async (tx) => {
    const created = await tx.unit.create({
      data: {
        code,
        name: d.name,
        kind: d.kind,
        level: d.level,
        parentId: parent?.id ?? null,
        validFrom: d.validFrom,
        path: "",
      },
    });
    const path = `${parent ? parent.path : "/"}${created.id}/`;
    await tx.unit.update({ where: { id: created.id }, data: { path } });
    await tx.unitName.create({ data: { unitId: created.id, name: d.name, kind: d.kind, validFrom: d.validFrom } });
    await audit(tx, {
      actorId: actor.userId,
      action: "org.unit.create",
      entity: "Unit",
      entityId: created.id,
      data: {
        before: null,
        after: {
          code,
          name: d.name,
          level: d.level,
          kind: d.kind,
          parentId: parent?.id ?? null,
          validFrom: isoDay(d.validFrom),
        },
      },
    });
    return created;
  });
  return { ok: true, value: { id: unit.id } };
}
