import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { createModelWithCode, newModelData, requestKeyOf } from "./create-model-with-code";
import { ownerSnapshot } from "./owner-snapshot";
import { checkReferences } from "./references";
import { forbidden, invalidFields, parseInput, type Result } from "@/lib/result";
import { ModelDraftInput, type ModelDraftFormValues } from "./schema";

export type CreateModelDraftInput = ModelDraftFormValues & {
  /** One per form submission (e.g. a UUID in a hidden field): a double click creates one draft, not two. */
  requestKey?: unknown;
};
export type CreateModelDraftResult = Result<{ id: number; code: string; version: number }>;

/** A unit cadre starts a model of its own unit as a draft (state DRAFT), registered with a committee of today's tree. */
export async function createModelDraft(actor: Actor, input: CreateModelDraftInput): Promise<CreateModelDraftResult> {
  if (!can(actor, "register:model:own-unit")) return forbidden();
  const parsed = parseInput(ModelDraftInput, input);
  if ("fail" in parsed) return parsed.fail;
  const data = parsed.data;
  const requestKey = requestKeyOf(input.requestKey);

  if (requestKey) {
    const done = await findCreatedByRequest(actor, requestKey);
    if (done) return done;
  }

  const refs = await checkReferences(actor, data);
  if (refs.fieldErrors || !refs.committee) return invalidFields(refs.fieldErrors ?? {});
  const committee = refs.committee;
  const snapshot = await ownerSnapshot(actor.unitId);

  return createModelWithCode<CreateModelDraftResult>(
    async (tx, code) => {
      const model = await tx.model.create({
        data: {
          ...newModelData(code, data, { id: actor.unitId, ...snapshot }, committee, actor.userId),
          campaignId: data.campaignId,
          state: "DRAFT",
          startDate: data.startDate ?? null,
          goals: data.goals ?? "",
          methods: data.methods ?? "",
          expectedResults: data.expectedResults ?? "",
          replicatedFromId: data.replicatedFromId ?? null,
        },
        select: { id: true, code: true, version: true },
      });
      await tx.reviewEvent.create({
        data: {
          modelId: model.id,
          action: "CREATE",
          fromState: null,
          toState: "DRAFT",
          level: committee.level,
          unitId: actor.unitId,
          actorId: actor.userId,
          requestKey,
        },
      });
      await audit(tx, {
        actorId: actor.userId,
        action: "model.create",
        entity: "Model",
        entityId: model.id,
        data: { code: model.code, kind: data.kind, registeredWithUnitId: committee.id },
      });
      return { ok: true as const, ...model };
    },
    { replay: requestKey ? () => findCreatedByRequest(actor, requestKey) : undefined },
  );
}

async function findCreatedByRequest(actor: Actor, requestKey: string): Promise<CreateModelDraftResult | null> {
  const event = await prisma.reviewEvent.findUnique({
    where: { actorId_requestKey: { actorId: actor.userId, requestKey } },
    select: { action: true, actorId: true, model: { select: { id: true, code: true, version: true } } },
  });
  if (!event || event.action !== "CREATE" || event.actorId !== actor.userId) return null;
  return { ok: true, ...event.model };
}
