import "server-only";
import type { Actor } from "@/lib/auth/types";
import type { ModelState, ReviewAction } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { can } from "@/lib/permissions";
import { forbidden, invalidFields, parseInput, type Result } from "@/lib/result";
import { formatDate } from "@/lib/format";
import { vnMidnight } from "@/lib/import/scope";
import { activeField, campaignError, loadEntryCampaign, loadEntryUnit } from "./committee-entry";
import { committeeEntryData, createModelWithCode } from "./create-model-with-code";
import { HistoricModelInput, type HistoricModelFormValues } from "./schema";
import { mvi } from "@/lib/i18n/models";
import { saveWithEntryEvidence } from "@/lib/uploads/entry-evidence";
import type { UploadedFile } from "@/lib/uploads/store-upload";

export type RecordHistoricModelResult = Result<{ id: number; code: string }>;

/**
 * A committee records a past model of a CLOSED campaign with the outcome it had then (ADR 0052), so an
 * earlier period can be completed: owned by a unit of its subtree, registered with and decided by the
 * committee itself, at its level. The model and its timeline are marked historic; the steps are dated
 * on the outcome day (what happened when) and the audit row says who recorded it and when.
 */
export async function recordHistoricModel(
  actor: Actor,
  input: HistoricModelFormValues & {
    /** Evidence files (old minutes, photos): all stored with the model, or none and nothing saved. */
    files?: readonly UploadedFile[];
  },
): Promise<RecordHistoricModelResult> {
  if (!can(actor, "record:historic-model:subtree")) return forbidden();
  const parsed = parseInput(HistoricModelInput, input);
  if ("fail" in parsed) return parsed.fail;
  const data = parsed.data;

  const unit = await loadEntryUnit(actor, data.ownerUnitId);
  if ("ok" in unit) return unit;
  const [campaign, field] = await Promise.all([loadEntryCampaign(unit, data.campaignId), activeField(data.fieldId)]);
  if (!field) return invalidFields({ fieldId: [mvi.errors.fieldNotFound] });
  if (!campaign) return campaignError(mvi.errors.campaignNotFound);
  if (campaign.status !== "CLOSED") return campaignError(mvi.errors.historicNeedsClosedCampaign);
  if (data.outcomeDate < campaign.startDate)
    return invalidFields({ outcomeDate: [mvi.errors.historicBeforeCampaign(formatDate(campaign.startDate))] });

  const level = actor.unitLevel;
  const recognized = data.outcome !== "NOT_RECOGNIZED";
  const state: ModelState = recognized ? "RECOGNIZED" : "NOT_RECOGNIZED";
  const at = vnMidnight(data.outcomeDate);
  const reference = data.reference ?? null;

  return saveWithEntryEvidence(actor, input.files ?? [], (attach) =>
    createModelWithCode(async (tx, code) => {
      const model = await tx.model.create({
        data: {
          ...committeeEntryData(actor, code, data, unit, at),
          state,
          recognizedLevel: recognized ? level : null,
          typicalLevel: data.outcome === "TYPICAL" ? level : null,
          goals: data.goals ?? "",
          results: data.results ?? "",
          historic: true,
        },
        select: { id: true, code: true },
      });
      const step = (action: ReviewAction, fromState: ModelState | null, toState: ModelState | null) => ({
        modelId: model.id,
        action,
        fromState,
        toState,
        level,
        unitId: actor.unitId,
        actorId: actor.userId,
        historic: true,
        createdAt: at,
      });
      const outcome = recognized
        ? step("RECOGNIZE", "UNDER_REVIEW", "RECOGNIZED")
        : step("NOT_RECOGNIZE", "UNDER_REVIEW", "NOT_RECOGNIZED");
      await tx.reviewEvent.createMany({
        data: [
          step("CREATE", null, "DRAFT"),
          step("SUBMIT", "DRAFT", "SUBMITTED"),
          { ...outcome, meetingRef: reference },
          ...(data.outcome === "TYPICAL" ? [{ ...step("DESIGNATE_TYPICAL", null, null), meetingRef: reference }] : []),
        ],
      });
      if (recognized)
        await tx.recognition.create({
          data: {
            modelId: model.id,
            level,
            unitId: actor.unitId,
            recognizedAt: at,
            byId: actor.userId,
            meetingRef: reference,
          },
        });
      if (data.outcome === "TYPICAL")
        await tx.typicalDesignation.create({
          data: { modelId: model.id, level, unitId: actor.unitId, designatedAt: at, byId: actor.userId },
        });
      await audit(tx, {
        actorId: actor.userId,
        action: "model.record-historic",
        entity: "Model",
        entityId: model.id,
        data: {
          code,
          ownerUnitId: unit.id,
          campaignId: campaign.id,
          outcome: data.outcome,
          outcomeDate: data.outcomeDate,
        },
      });
      await attach(tx, model.id);
      return { ok: true as const, ...model };
    }),
  );
}
