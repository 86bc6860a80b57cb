import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { checkModelTransition } from "@/lib/workflow/context";
import { conflict, fail, forbidden, notFound, parseInput, type Result } from "@/lib/result";
import { ModelStepInput, type ModelStepFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";

export type WithdrawModelResult = Result<{ id: number; version: number }>;

/**
 * The owning unit takes back a submitted dossier before the committee starts reviewing it.
 * The version check also loses the race against a reviewer's START_REVIEW: whoever commits first wins.
 */
export async function withdrawModel(actor: Actor, input: ModelStepFormValues): Promise<WithdrawModelResult> {
  const parsed = parseInput(ModelStepInput, input);
  if ("fail" in parsed) return parsed.fail;
  const { id, version, comment } = parsed.data;

  const model = await prisma.model.findFirst({ where: { id, ...modelScopeWhere(actor) } });
  if (!model) return notFound();
  if (!can(actor, "register:model:own-unit")) return forbidden();
  const check = checkModelTransition(actor, model, "WITHDRAW");
  if (!check.ok) return fail(check.code, check.code === "illegal_state" ? mvi.errors.notWithdrawable : check.message);

  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.model.updateMany({
      where: { id: model.id, version, state: model.state },
      data: { state: check.to, stateChangedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return false;
    await tx.reviewEvent.create({
      data: {
        modelId: model.id,
        action: "WITHDRAW",
        fromState: model.state,
        toState: check.to,
        level: model.reviewLevel,
        unitId: actor.unitId,
        actorId: actor.userId,
        comment: comment ?? null,
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: "model.withdraw",
      entity: "Model",
      entityId: model.id,
      data: { fromVersion: version },
    });
    return true;
  });
  if (!done) return conflict();
  return { ok: true, id: model.id, version: version + 1 };
}
