import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { Model, UnitKind } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { checkModelTransition } from "@/lib/workflow/context";
import { notifyCommitteeReviewers } from "@/lib/notifications/notify";
import { ownerSnapshot } from "./owner-snapshot";
import { checkReferences } from "./references";
import {
  conflict,
  fail,
  forbidden,
  invalidFields,
  notFound,
  parseInput,
  zodFieldErrors,
  type Result,
} from "@/lib/result";
import { ModelStepInput, ModelSubmitInput, type ModelStepFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";

export type SubmitModelResult = Result<{
  id: number;
  version: number;
  action: "SUBMIT" | "RESUBMIT";
  reviewUnitId: number;
}>;

/**
 * Sends the dossier to a committee. From DRAFT (SUBMIT): to the committee it is registered with,
 * re-checked against today's tree, with the owner's name and address snapshotted as registered.
 * From NEEDS_REVISION (RESUBMIT): back to the committee that asked for the revision, which still
 * holds it (a proposed model sent back by the district goes back to the district, not the commune).
 */
export async function submitModel(actor: Actor, input: ModelStepFormValues): Promise<SubmitModelResult> {
  const parsed = parseInput(ModelStepInput, input);
  if ("fail" in parsed) return parsed.fail;
  const { id, version, comment } = parsed.data;

  const model = await prisma.model.findFirst({ where: { id, ...modelScopeWhere(actor) } });
  if (!model) return notFound();
  if (!can(actor, "register:model:own-unit")) return forbidden();
  const action = model.state === "NEEDS_REVISION" ? "RESUBMIT" : "SUBMIT";
  const check = checkModelTransition(actor, model, action);
  if (!check.ok) return fail(check.code, check.code === "illegal_state" ? mvi.errors.notSubmittable : check.message);

  const complete = ModelSubmitInput.safeParse(dossierOf(model));
  if (!complete.success) return invalidFields(zodFieldErrors(complete.error), mvi.errors.submitIncomplete);

  let route = { reviewUnitId: model.reviewUnitId, reviewLevel: model.reviewLevel };
  let levelUnit: { kind: UnitKind; name: string } | undefined;
  let snapshot = {};
  if (action === "SUBMIT") {
    const refs = await checkReferences(actor, model, {
      modelId: model.id,
      forSubmit: true,
      currentFieldId: model.fieldId,
    });
    if (refs.fieldErrors || !refs.committee) return invalidFields(refs.fieldErrors ?? {}, mvi.errors.submitIncomplete);
    route = { reviewUnitId: refs.committee.id, reviewLevel: refs.committee.level };
    levelUnit = { kind: refs.committee.kind, name: refs.committee.name };
    const owner = await ownerSnapshot(model.ownerUnitId);
    snapshot = model.kind === "COLLECTIVE" ? owner : { ownerUnitName: owner.ownerUnitName };
  }

  const now = new Date();
  const done = await prisma.$transaction(async (tx) => {
    const { count } = await tx.model.updateMany({
      where: { id: model.id, version, state: model.state },
      data: {
        state: check.to,
        stateChangedAt: now,
        ...(action === "SUBMIT" ? { submittedAt: now, registeredLevel: route.reviewLevel } : {}),
        ...route,
        ...snapshot,
        version: { increment: 1 },
      },
    });
    if (count === 0) return false;
    await tx.reviewEvent.create({
      data: {
        modelId: model.id,
        action,
        fromState: model.state,
        toState: check.to,
        level: route.reviewLevel,
        unitId: actor.unitId,
        actorId: actor.userId,
        comment: comment ?? null,
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: action === "SUBMIT" ? "model.submit" : "model.resubmit",
      entity: "Model",
      entityId: model.id,
      data: { fromVersion: version, reviewUnitId: route.reviewUnitId },
    });
    await notifyCommitteeReviewers(
      tx,
      { id: model.id, reviewUnitId: route.reviewUnitId },
      action === "SUBMIT" ? "review.submitted" : "review.resubmitted",
      {
        title: model.title,
        code: model.code,
        level: route.reviewLevel,
        ...(levelUnit ? { levelUnit } : {}),
        unitName: actor.unitName,
      },
    );
    return true;
  });
  if (!done) return conflict();
  return { ok: true, id: model.id, version: version + 1, action, reviewUnitId: route.reviewUnitId };
}

/** The stored dossier in the shape of the form, to check it is complete enough to send. */
function dossierOf(model: Model) {
  return {
    kind: model.kind,
    title: model.title,
    fieldId: model.fieldId,
    campaignId: model.campaignId,
    registeredWithUnitId: model.registeredWithUnitId,
    goals: model.goals,
    methods: model.methods,
    expectedResults: model.expectedResults,
    startDate: model.startDate ?? undefined,
    personHonorific: model.personHonorific ?? undefined,
    personName: model.personName ?? undefined,
    personPosition: model.personPosition ?? undefined,
    address: model.kind === "INDIVIDUAL" ? model.ownerAddress : undefined,
    replicatedFromId: model.replicatedFromId ?? undefined,
  };
}
