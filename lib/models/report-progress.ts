import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { REPORTABLE_STATES } from "@/lib/workflow/state-machine";
import { fail, forbidden, notFound, parseInput, type Result } from "@/lib/result";
import { ProgressReportInput, type ProgressReportFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";

export type ReportProgressResult = Result<{ id: number }>;

/**
 * The owning unit adds a dated progress entry with quantities (feeds the dashboards). Allowed in
 * REPORTABLE_STATES (lib/workflow): every registered state but WITHDRAWN — including NOT_RECOGNIZED,
 * since the unit keeps building and re-applies with these results. Reports are append-only and
 * never change the dossier, so they neither need nor bump the model's version (a reviewer deciding
 * meanwhile overwrites nothing); the state is re-checked inside the transaction.
 */
export async function reportProgress(actor: Actor, input: ProgressReportFormValues): Promise<ReportProgressResult> {
  const parsed = parseInput(ProgressReportInput, input);
  if ("fail" in parsed) return parsed.fail;
  const data = parsed.data;

  const model = await prisma.model.findFirst({
    where: { id: data.modelId, ...modelScopeWhere(actor) },
    select: { id: true, state: true, ownerUnitId: true },
  });
  if (!model) return notFound();
  if (!can(actor, "report:progress:own-unit") || model.ownerUnitId !== actor.unitId) return forbidden();
  if (!REPORTABLE_STATES.includes(model.state)) return fail("illegal_state", mvi.errors.notReportable);

  const report = await prisma.$transaction(async (tx) => {
    const still = await tx.model.count({ where: { id: model.id, state: { in: [...REPORTABLE_STATES] } } });
    if (still === 0) return null;
    const created = await tx.progressReport.create({
      data: {
        modelId: model.id,
        reportDate: data.reportDate,
        note: data.note,
        moneyVnd: data.moneyVnd === undefined ? null : BigInt(data.moneyVnd),
        landM2: data.landM2 === undefined ? null : new Prisma.Decimal(data.landM2.toFixed(2)),
        roadKm: data.roadKm === undefined ? null : new Prisma.Decimal(data.roadKm.toFixed(2)),
        workdays: data.workdays ?? null,
        households: data.households ?? null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: "model.progress.report",
      entity: "ProgressReport",
      entityId: created.id,
      data: { modelId: model.id, reportDate: data.reportDate.toISOString().slice(0, 10) },
    });
    return created;
  });
  if (!report) return fail("illegal_state", mvi.errors.notReportable);
  return { ok: true, id: report.id };
}
