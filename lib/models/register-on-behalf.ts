import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { withinRegistrationDeadline } from "@/lib/campaigns/eligible-campaigns";
import { formatDate } from "@/lib/format";
import { forbidden, invalidFields, parseInput, type Result } from "@/lib/result";
import { activeField, campaignError, loadEntryCampaign, loadEntryUnit } from "./committee-entry";
import { committeeEntryData, createModelWithCode, requestKeyOf } from "./create-model-with-code";
import { isReplicationOrigin } from "./references";
import { OnBehalfInput, type OnBehalfFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";
import { saveWithEntryEvidence } from "@/lib/uploads/entry-evidence";
import type { UploadedFile } from "@/lib/uploads/store-upload";

export type RegisterOnBehalfInput = OnBehalfFormValues & {
  /** One per form submission: a double click registers once. */
  requestKey?: unknown;
  /** Evidence files: all stored with the model, or none and nothing saved (lib/uploads/entry-evidence.ts). */
  files?: readonly UploadedFile[];
};
export type RegisterOnBehalfResult = Result<{ id: number; code: string }>;

/**
 * A commune, district or province committee registers a model for a unit of its subtree, typically one
 * without an account (a hamlet, a party cell; ADR 0052): the full dossier, registered with the committee
 * itself and sent to it at once (SUBMITTED). The unit owns it: its account, once it exists, sees and
 * answers it as any of its models. The same campaign rules as a unit's own registration apply. Evidence
 * files come with it, all or none, as nobody can add them once it is sent.
 */
export async function registerOnBehalf(actor: Actor, input: RegisterOnBehalfInput): Promise<RegisterOnBehalfResult> {
  if (!can(actor, "register:model:subtree")) return forbidden();
  const parsed = parseInput(OnBehalfInput, input);
  if ("fail" in parsed) return parsed.fail;
  const data = parsed.data;
  const requestKey = requestKeyOf(input.requestKey);
  if (requestKey) {
    const done = await findRegisteredByRequest(actor, requestKey);
    if (done) return done;
  }

  const unit = await loadEntryUnit(actor, data.ownerUnitId);
  if ("ok" in unit) return unit;
  const [campaign, field] = await Promise.all([loadEntryCampaign(unit, data.campaignId), activeField(data.fieldId)]);
  if (!field) return invalidFields({ fieldId: [mvi.errors.fieldNotFound] });
  if (!campaign) return campaignError(mvi.errors.campaignNotFound);
  if (campaign.status === "CLOSED") return campaignError(mvi.errors.campaignClosed);
  if (!withinRegistrationDeadline(campaign.registrationDeadline))
    return campaignError(mvi.errors.registrationDeadlinePassed(formatDate(campaign.registrationDeadline)));
  if (campaign.status !== "OPEN") return campaignError(mvi.errors.campaignNotOpen);
  if (data.replicatedFromId != null && !(await isReplicationOrigin(unit.id, data.replicatedFromId)))
    return invalidFields({ replicatedFromId: [mvi.errors.replicationNotAllowed] });

  const now = new Date();
  return saveWithEntryEvidence(actor, input.files ?? [], (attach) =>
    createModelWithCode<RegisterOnBehalfResult>(
      async (tx, code) => {
        const model = await tx.model.create({
          data: {
            ...committeeEntryData(actor, code, data, unit, now),
            state: "SUBMITTED",
            startDate: data.startDate,
            goals: data.goals,
            methods: data.methods,
            expectedResults: data.expectedResults,
            replicatedFromId: data.replicatedFromId ?? null,
          },
          select: { id: true, code: true },
        });
        const base = {
          modelId: model.id,
          level: actor.unitLevel,
          unitId: actor.unitId,
          actorId: actor.userId,
          createdAt: now,
        };
        await tx.reviewEvent.create({ data: { ...base, action: "CREATE", toState: "DRAFT", requestKey } });
        await tx.reviewEvent.create({ data: { ...base, action: "SUBMIT", fromState: "DRAFT", toState: "SUBMITTED" } });
        await audit(tx, {
          actorId: actor.userId,
          action: "model.register-on-behalf",
          entity: "Model",
          entityId: model.id,
          data: { code, ownerUnitId: unit.id, registeredWithUnitId: actor.unitId },
        });
        await attach(tx, model.id);
        return { ok: true as const, ...model };
      },
      { now, replay: requestKey ? () => findRegisteredByRequest(actor, requestKey) : undefined },
    ),
  );
}

async function findRegisteredByRequest(actor: Actor, requestKey: string): Promise<RegisterOnBehalfResult | null> {
  const event = await prisma.reviewEvent.findUnique({
    where: { actorId_requestKey: { actorId: actor.userId, requestKey } },
    select: { action: true, model: { select: { id: true, code: true, registeredOnBehalf: true } } },
  });
  if (!event || event.action !== "CREATE" || !event.model.registeredOnBehalf) return null;
  return { ok: true, id: event.model.id, code: event.model.code };
}
