import "server-only";
import type { UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { currentParentChain } from "@/lib/org/tree";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ReviewAction } from "@/lib/generated/prisma/enums";
import { getModelDetail, type ModelDetail } from "@/lib/models/get-model-detail";
import { forbidden, notFound, type Result } from "@/lib/result";
import { can } from "@/lib/permissions";
import { transitionContext } from "@/lib/workflow/context";
import { availableActions, REVIEWER_LEVEL } from "@/lib/workflow/state-machine";
import { lastEventFor, lastStepInForce } from "@/lib/workflow/last-step";
import { unitCanAnswerRevision } from "./revision-answerer";
import { REVIEW_STEP_ACTIONS } from "./schema";
import { rvi } from "@/lib/i18n/review";
import { stepName } from "@/lib/i18n/vi";

export type ReviewDetail = {
  model: ModelDetail;
  /** Review steps this actor may take now (buttons); reviewStep checks again. */
  actions: ReviewAction[];
  /** Why a revision request is not offered though the state allows it (the unit has no account to answer). */
  revisionUnavailable: string | null;
  /** Level of the committee holding the model (what a typical designation is "at"). */
  committeeLevel: UnitLevel;
  /** The holding committee, so its level is named by what it is today (lib/i18n/levels.ts). */
  committee: { name: string; level: UnitLevel; kind: UnitKind };
  /** The committee a proposal goes to, when proposing is possible. */
  proposeTo: { name: string; level: UnitLevel; kind: UnitKind } | null;
  /** The step UNDO would take back, named as the timeline names it ("Công nhận cấp xã"), when UNDO is offered. */
  undoStep: string | null;
  /** The campaign's scoring criteria. */
  criteria: { id: number; name: string; maxScore: number }[];
  /** Scores given by the reviewers of the actor's committee at its level. */
  scores: { reviewerId: number; reviewerName: string; criterionId: number; criterionName: string; score: number }[];
};

/** A model on the review screen: the dossier and timeline, the actor's available steps, criteria and the committee's scores. */
export async function getReviewDetail(actor: Actor, input: { id: number | string }): Promise<Result<ReviewDetail>> {
  const detail = await getModelDetail(actor, input);
  if (!detail.ok) return detail.code === "not_found" ? notFound(rvi.errors.notFound) : detail;
  if (!can(actor, "review:model:subtree")) return forbidden(rvi.errors.forbidden);
  const model = detail.model;

  const [row, events, criteria] = await Promise.all([
    prisma.model.findUniqueOrThrow({
      where: { id: model.id },
      select: {
        state: true,
        ownerUnitId: true,
        reviewUnitId: true,
        reviewLevel: true,
        reviewUnit: { select: { name: true, level: true, kind: true } },
        recognizedLevel: true,
        typicalLevel: true,
      },
    }),
    prisma.reviewEvent.findMany({
      where: { modelId: model.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        action: true,
        fromState: true,
        toState: true,
        unitId: true,
        undoneById: true,
        level: true,
        createdAt: true,
        unit: { select: { kind: true, name: true } },
      },
    }),
    prisma.criterion.findMany({
      where: { campaignId: model.campaign.id },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true, maxScore: true },
    }),
  ]);
  const inForce = lastStepInForce(events);
  const lastEvent = lastEventFor(inForce, actor.unitId);
  let actions = availableActions(row.state, transitionContext(actor, row, { lastEvent })).filter((a) =>
    (REVIEW_STEP_ACTIONS as readonly ReviewAction[]).includes(a),
  );
  // Nobody could answer a revision request on a model of a unit without an account (ADR 0052): not offered.
  let revisionUnavailable: string | null = null;
  if (actions.includes("REQUEST_REVISION") && !(await unitCanAnswerRevision(row.ownerUnitId))) {
    actions = actions.filter((a) => a !== "REQUEST_REVISION");
    revisionUnavailable = rvi.errors.revisionNobodyToAnswer(model.ownerUnitName);
  }

  // Who a proposal goes to (today's tree), named in the propose dialog.
  const proposeTo = actions.includes("PROPOSE") ? ((await currentParentChain(row.reviewUnitId))[0] ?? null) : null;
  const level = REVIEWER_LEVEL[actor.role];
  const scoreRows = level
    ? await prisma.score.findMany({
        where: { modelId: model.id, level, reviewer: { unitId: actor.unitId } },
        orderBy: [{ reviewerId: "asc" }, { criterion: { sortOrder: "asc" } }],
        select: {
          reviewerId: true,
          score: true,
          reviewer: { select: { fullName: true } },
          criterion: { select: { id: true, name: true } },
        },
      })
    : [];
  return {
    ok: true,
    model,
    actions,
    revisionUnavailable,
    undoStep:
      actions.includes("UNDO") && inForce
        ? stepName(inForce.action, inForce.level && { level: inForce.level, ...inForce.unit }, inForce.createdAt)
        : null,
    criteria,
    committeeLevel: row.reviewLevel,
    committee: row.reviewUnit,
    proposeTo: proposeTo ? { name: proposeTo.name, level: proposeTo.level, kind: proposeTo.kind } : null,
    scores: scoreRows.map((s) => ({
      reviewerId: s.reviewerId,
      reviewerName: s.reviewer.fullName,
      criterionId: s.criterion.id,
      criterionName: s.criterion.name,
      score: s.score,
    })),
  };
}
