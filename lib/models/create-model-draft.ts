import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { allocateModelCode } from "./model-code";
import { ownerSnapshot } from "./owner-snapshot";
import { checkReferences } from "./references";
import { forbidden, invalidFields, isUniqueViolation, parseInput, type Result } from "./result";
import { ModelDraftInput, type ModelDraftFormValues } from "./schema";

export type CreateModelDraftInput = ModelDraftFormValues & {
  /** One per form submission (e.g. a UUID in a hidden field): a double click creates one draft, not two. */
  requestKey?: unknown;
};
export type CreateModelDraftResult = Result<{ id: number; code: string; version: number }>;

const CODE_ATTEMPTS = 3;

/** A unit cadre starts a model of its own unit as a draft (state DRAFT), registered with a committee of today's tree. */
export async function createModelDraft(actor: Actor, input: CreateModelDraftInput): Promise<CreateModelDraftResult> {
  if (!can(actor, "register:model:own-unit")) return forbidden();
  const parsed = parseInput(ModelDraftInput, input);
  if ("fail" in parsed) return parsed.fail;
  const data = parsed.data;
  const requestKey =
    typeof input.requestKey === "string" && input.requestKey.trim() ? input.requestKey.trim().slice(0, 100) : null;

  if (requestKey) {
    const done = await findCreatedByRequest(actor, requestKey);
    if (done) return done;
  }

  const refs = await checkReferences(actor, data);
  if (refs.fieldErrors || !refs.committee) return invalidFields(refs.fieldErrors ?? {});
  const committee = refs.committee;
  const snapshot = await ownerSnapshot(actor.unitId);

  for (let attempt = 1; ; attempt++) {
    try {
      const created = await prisma.$transaction(async (tx) => {
        const code = await allocateModelCode(tx);
        const model = await tx.model.create({
          data: {
            code,
            kind: data.kind,
            title: data.title,
            fieldId: data.fieldId,
            campaignId: data.campaignId,
            ownerUnitId: actor.unitId,
            ownerUnitName: snapshot.ownerUnitName,
            ownerAddress: data.kind === "INDIVIDUAL" ? data.address! : snapshot.ownerAddress,
            registeredWithUnitId: committee.id,
            registeredLevel: committee.level,
            reviewUnitId: committee.id,
            reviewLevel: committee.level,
            state: "DRAFT",
            startDate: data.startDate ?? null,
            goals: data.goals ?? "",
            methods: data.methods ?? "",
            expectedResults: data.expectedResults ?? "",
            personHonorific: data.personHonorific ?? null,
            personName: data.personName ?? null,
            personPosition: data.personPosition ?? null,
            replicatedFromId: data.replicatedFromId ?? null,
            createdById: actor.userId,
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
        return model;
      });
      return { ok: true, ...created };
    } catch (err) {
      if (requestKey && isUniqueViolation(err, "requestKey")) {
        const done = await findCreatedByRequest(actor, requestKey);
        if (done) return done;
      }
      // The advisory lock makes a code clash unexpected; a retry still beats a 500 if one slips through.
      if (attempt < CODE_ATTEMPTS && isUniqueViolation(err, "code")) continue;
      throw err;
    }
  }
}

async function findCreatedByRequest(actor: Actor, requestKey: string): Promise<CreateModelDraftResult | null> {
  const event = await prisma.reviewEvent.findUnique({
    where: { actorId_requestKey: { actorId: actor.userId, requestKey } },
    select: { action: true, actorId: true, model: { select: { id: true, code: true, version: true } } },
  });
  if (!event || event.action !== "CREATE" || event.actorId !== actor.userId) return null;
  return { ok: true, ...event.model };
}
