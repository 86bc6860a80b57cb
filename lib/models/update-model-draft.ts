import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere } from "@/lib/permissions";
import { checkModelTransition } from "@/lib/workflow/context";
import { checkReferences } from "./references";
import {
  conflict,
  fail,
  forbidden,
  invalidFields,
  notFound,
  parseInput,
  type FieldErrors,
  type Result,
} from "@/lib/result";
import { ModelUpdateInput, type ModelUpdateFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";

export type UpdateModelDraftResult = Result<{ id: number; version: number }>;

/** What the registration fixed once the dossier went to a committee: changing it would re-route a review in progress. */
const LOCKED_AFTER_SUBMIT = ["kind", "campaignId", "registeredWithUnitId"] as const;
const LOCKED_MESSAGE = "Không thể thay đổi mục này sau khi đã gửi đăng ký.";

/**
 * The owning unit edits its dossier while it is a draft or sent back for revision. Optimistic lock:
 * the form sends the version it showed; if anyone changed the model since, nothing is written.
 */
export async function updateModelDraft(actor: Actor, input: ModelUpdateFormValues): Promise<UpdateModelDraftResult> {
  const parsed = parseInput(ModelUpdateInput, input);
  if ("fail" in parsed) return parsed.fail;
  const data = parsed.data;

  const model = await prisma.model.findFirst({ where: { id: data.id, ...modelScopeWhere(actor) } });
  if (!model) return notFound();
  if (!can(actor, "edit:model:own-unit")) return forbidden();
  const check = checkModelTransition(actor, model, "UPDATE");
  if (!check.ok) return fail(check.code, check.code === "illegal_state" ? mvi.errors.notEditable : check.message);

  if (model.state !== "DRAFT") {
    const locked: FieldErrors = {};
    for (const key of LOCKED_AFTER_SUBMIT) if (data[key] !== model[key]) locked[key] = [LOCKED_MESSAGE];
    if (Object.keys(locked).length) return invalidFields(locked);
  }
  const draft = model.state === "DRAFT";
  const refs = await checkReferences(actor, data, {
    modelId: model.id,
    registrationLocked: !draft,
    currentFieldId: model.fieldId,
  });
  if (refs.fieldErrors || (draft && !refs.committee)) return invalidFields(refs.fieldErrors ?? {});
  const committee = refs.committee;

  const changes = {
    kind: data.kind,
    title: data.title,
    fieldId: data.fieldId,
    campaignId: data.campaignId,
    startDate: data.startDate ?? null,
    goals: data.goals ?? "",
    methods: data.methods ?? "",
    expectedResults: data.expectedResults ?? "",
    personHonorific: data.personHonorific ?? null,
    personName: data.personName ?? null,
    personPosition: data.personPosition ?? null,
    replicatedFromId: data.replicatedFromId ?? null,
    ...(data.kind === "INDIVIDUAL" ? { ownerAddress: data.address! } : {}),
    // A draft may still change committee; once submitted the committee holding it stays put (locked above).
    ...(draft && committee
      ? {
          registeredWithUnitId: committee.id,
          registeredLevel: committee.level,
          reviewUnitId: committee.id,
          reviewLevel: committee.level,
        }
      : {}),
  };
  const changed = Object.entries(changes)
    .filter(([k, v]) => !sameValue(v, (model as Record<string, unknown>)[k]))
    .map(([k]) => k);

  const version = await prisma.$transaction(async (tx) => {
    const { count } = await tx.model.updateMany({
      where: { id: model.id, version: data.version, state: model.state },
      data: { ...changes, version: { increment: 1 } },
    });
    if (count === 0) return null;
    await tx.reviewEvent.create({
      data: {
        modelId: model.id,
        action: "UPDATE",
        fromState: model.state,
        toState: model.state,
        level: draft && committee ? committee.level : model.reviewLevel,
        unitId: actor.unitId,
        actorId: actor.userId,
      },
    });
    await audit(tx, {
      actorId: actor.userId,
      action: "model.update",
      entity: "Model",
      entityId: model.id,
      data: { fromVersion: data.version, changed },
    });
    return data.version + 1;
  });
  if (version === null) return conflict();
  return { ok: true, id: model.id, version };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
