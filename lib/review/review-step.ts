import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import type { ModelState, UnitKind, UnitLevel } from "@/lib/generated/prisma/enums";
import { audit } from "@/lib/audit";
import { can, modelScopeWhere, type Permission } from "@/lib/permissions";
import {
  conflict,
  fail,
  forbidden,
  invalidFields,
  isUniqueViolation,
  notFound,
  parseInput,
  type Result,
} from "@/lib/result";
import { currentParentChain } from "@/lib/org/tree";
import { checkModelTransition } from "@/lib/workflow/context";
import { levelRank } from "@/lib/workflow/state-machine";
import { notifyCommitteeReviewers, notifyModelOwners } from "@/lib/notifications/notify";
import type { NotificationKey } from "@/lib/notifications/render-notification";
import { lastEventFor, lastStepInForce } from "@/lib/workflow/last-step";
import { unitCanAnswerRevision } from "./revision-answerer";
import { ReviewStepInput, type ReviewStepAction } from "./schema";
import { rvi } from "@/lib/i18n/review";

export type ReviewStepResult = Result<{ id: number; version: number; state: ModelState }>;

/** The permission each step needs (checked after the scoped load, before the state machine). */
export const STEP_PERMISSION: Record<ReviewStepAction, Permission> = {
  START_REVIEW: "review:model:subtree",
  REQUEST_REVISION: "review:model:subtree",
  RECOGNIZE: "recognize:model:subtree",
  NOT_RECOGNIZE: "review:model:subtree",
  DESIGNATE_TYPICAL: "designate-typical:model:subtree",
  PROPOSE: "propose:model:subtree",
  UNDO: "review:model:subtree",
};

const NOTIFY_KEY: Record<ReviewStepAction, NotificationKey> = {
  START_REVIEW: "model.review_started",
  REQUEST_REVISION: "model.revision_requested",
  RECOGNIZE: "model.recognized",
  NOT_RECOGNIZE: "model.not_recognized",
  DESIGNATE_TYPICAL: "model.typical",
  PROPOSE: "model.proposed",
  UNDO: "model.step_undone",
};

/** Steps after which scores may be given (the committee scores when it decides). */
const SCORED_STEPS: readonly ReviewStepAction[] = ["RECOGNIZE", "NOT_RECOGNIZE"];

const eventSelect = {
  id: true,
  action: true,
  fromState: true,
  toState: true,
  level: true,
  unitId: true,
  undoneById: true,
  createdAt: true,
} as const;

/**
 * One review step of the committee holding a model: start review, request revision, recognize (with
 * optional scores), not recognize, designate typical, propose to the next committee of today's tree,
 * or undo the committee's own last step while nothing happened after it.
 *
 * Order: scoped load (out of scope → not found), repeat of a request key (success, no second write),
 * permission, version, state machine, step-specific checks (a revision request needs an account of the
 * owner unit to answer it: unitCanAnswerRevision); then one transaction that writes the
 * model (optimistic lock on version), the side rows, the ReviewEvent, the AuditLog and the owner
 * unit's notifications together.
 */
export async function reviewStep(actor: Actor, input: ReviewStepInput): Promise<ReviewStepResult> {
  const parsed = parseInput(ReviewStepInput, input);
  if ("fail" in parsed) return parsed.fail;
  const d = parsed.data;

  const model = await prisma.model.findFirst({
    where: { id: d.modelId, ...modelScopeWhere(actor) },
    include: { campaign: { select: { criteria: { select: { id: true, name: true, maxScore: true } } } } },
  });
  if (!model) return notFound(rvi.errors.notFound);

  if (d.requestKey) {
    const repeat = await repeatedRequest(actor, model.id, d.requestKey);
    if (repeat) return repeat;
  }

  if (!can(actor, STEP_PERMISSION[d.action])) return forbidden(rvi.errors.forbidden);
  if (model.version !== d.version) return conflict(rvi.errors.conflict);

  const events =
    d.action === "UNDO"
      ? await prisma.reviewEvent.findMany({
          where: { modelId: model.id },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: eventSelect,
        })
      : [];
  const undone = d.action === "UNDO" ? lastStepInForce(events) : null;
  const check = checkModelTransition(actor, model, d.action, {
    comment: d.comment,
    lastEvent: lastEventFor(undone, actor.unitId),
  });
  if (!check.ok) return fail(check.code, check.message);

  // Step-specific checks, still before any write.
  const level = model.reviewLevel;
  if (d.scores?.length) {
    if (!SCORED_STEPS.includes(d.action)) return invalidFields({ scores: [rvi.errors.scoresNotAllowed] });
    const problem = scoreProblem(d.scores, model.campaign.criteria);
    if (problem) return invalidFields({ scores: [problem] });
  }
  let next: { id: number; name: string; level: UnitLevel; kind: UnitKind } | null = null;
  if (d.action === "PROPOSE") {
    next = (await currentParentChain(model.reviewUnitId))[0] ?? null;
    if (!next) return fail("illegal_state", rvi.errors.noNextLevel);
  }
  if (d.action === "REQUEST_REVISION" && !(await unitCanAnswerRevision(model.ownerUnitId)))
    return fail("illegal_state", rvi.errors.revisionNobodyToAnswer(model.ownerUnitName));
  if (d.action === "UNDO" && undone && (undone.action === "RECOGNIZE" || undone.action === "DESIGNATE_TYPICAL")) {
    if ((await prisma.honoree.count({ where: { modelId: model.id } })) > 0)
      return fail("illegal_state", rvi.errors.undoHasConsequence);
  }

  const now = new Date();
  const to = check.to;
  let written: boolean;
  try {
    written = await prisma.$transaction(async (tx) => {
      const data: Parameters<Tx["model"]["updateMany"]>[0]["data"] = { state: to, version: { increment: 1 } };
      if (to !== model.state) data.stateChangedAt = now;
      if (d.action === "RECOGNIZE") data.recognizedLevel = higher(model.recognizedLevel, level);
      if (d.action === "DESIGNATE_TYPICAL") data.typicalLevel = higher(model.typicalLevel, level);
      if (next) {
        data.reviewUnitId = next.id;
        data.reviewLevel = next.level;
      }
      if (d.action === "UNDO" && undone) {
        // Back to when the model entered the restored state, so the queue keeps its real waiting time.
        const before = events
          .filter(
            (e) =>
              e.undoneById === null && e.action !== "UNDO" && e.id !== undone.id && e.createdAt <= undone.createdAt,
          )
          .at(-1);
        if (before) data.stateChangedAt = before.createdAt;
        if (undone.action === "PROPOSE" && undone.unitId !== null && undone.level !== null) {
          data.reviewUnitId = undone.unitId;
          data.reviewLevel = undone.level;
        }
      }
      const { count } = await tx.model.updateMany({ where: { id: model.id, version: d.version }, data });
      if (count === 0) return false;

      if (d.action === "RECOGNIZE") {
        await tx.recognition.create({
          data: {
            modelId: model.id,
            level,
            unitId: actor.unitId,
            byId: actor.userId,
            recognizedAt: now,
            meetingRef: d.meetingRef ?? null,
          },
        });
      }
      if (d.action === "DESIGNATE_TYPICAL") {
        await tx.typicalDesignation.create({
          data: { modelId: model.id, level, unitId: actor.unitId, byId: actor.userId, designatedAt: now },
        });
      }
      if (d.scores?.length) {
        for (const s of d.scores) {
          await tx.score.upsert({
            where: {
              modelId_criterionId_reviewerId_level: {
                modelId: model.id,
                criterionId: s.criterionId,
                reviewerId: actor.userId,
                level,
              },
            },
            create: { modelId: model.id, criterionId: s.criterionId, reviewerId: actor.userId, level, score: s.score },
            update: { score: s.score, createdAt: now },
          });
        }
      }
      if (d.action === "UNDO" && undone) await revertSideRows(tx, model.id, undone);

      const event = await tx.reviewEvent.create({
        data: {
          modelId: model.id,
          action: d.action,
          fromState: model.state,
          toState: to,
          level: d.action === "UNDO" && undone?.level ? undone.level : level,
          unitId: actor.unitId,
          actorId: actor.userId,
          comment: d.comment ?? null,
          meetingRef: d.meetingRef ?? null,
          requestKey: d.requestKey ?? null,
          createdAt: now,
        },
      });
      if (d.action === "UNDO" && undone) {
        await tx.reviewEvent.update({ where: { id: undone.id }, data: { undoneById: event.id } });
      }
      await audit(tx, {
        actorId: actor.userId,
        action: `model.${d.action.toLowerCase().replace(/_/g, "-")}`,
        entity: "Model",
        entityId: model.id,
        data: {
          fromVersion: d.version,
          fromState: model.state,
          toState: to,
          level,
          ...(next ? { toUnitId: next.id } : {}),
          ...(undone ? { undoneEventId: undone.id, undoneAction: undone.action } : {}),
          ...(d.scores?.length ? { scores: d.scores.map((s) => [s.criterionId, s.score]) } : {}),
          ...(d.noScores && !d.scores?.length && d.action === "RECOGNIZE" ? { scores: "none" } : {}),
          ...(d.meetingRef ? { meetingRef: d.meetingRef } : {}),
        },
      });
      await notifyModelOwners(tx, model, NOTIFY_KEY[d.action], {
        title: model.title,
        code: model.code,
        level: d.action === "UNDO" && undone?.level ? undone.level : level,
        ...(actor.unitKind ? { levelUnit: { kind: actor.unitKind, name: actor.unitName } } : {}),
        unitName: next?.name ?? actor.unitName,
        comment: d.comment,
      });
      if (d.action === "PROPOSE" && next) {
        await notifyCommitteeReviewers(tx, { id: model.id, reviewUnitId: next.id }, "review.proposed", {
          title: model.title,
          code: model.code,
          level: next.level,
          levelUnit: { kind: next.kind, name: next.name },
          unitName: actor.unitName,
        });
      }
      return true;
    });
  } catch (err) {
    if (!(d.requestKey && isUniqueViolation(err, "requestKey"))) throw err;
    written = false;
  }
  if (!written) {
    // The same form posted twice at once: the twin won the lock; report its success, not a conflict.
    if (d.requestKey) {
      const repeat = await repeatedRequest(actor, model.id, d.requestKey);
      if (repeat) return repeat;
    }
    return conflict(rvi.errors.conflict);
  }
  return { ok: true, id: model.id, version: d.version + 1, state: to };
}

/** A request key already written: success with the model as it is now (same model and actor), else refused. */
async function repeatedRequest(actor: Actor, modelId: number, requestKey: string): Promise<ReviewStepResult | null> {
  const prior = await prisma.reviewEvent.findUnique({
    where: { actorId_requestKey: { actorId: actor.userId, requestKey } },
    select: { modelId: true, actorId: true },
  });
  if (!prior) return null;
  if (prior.modelId !== modelId || prior.actorId !== actor.userId) return conflict(rvi.errors.requestKeyReused);
  const now = await prisma.model.findUniqueOrThrow({
    where: { id: modelId },
    select: { id: true, version: true, state: true },
  });
  return { ok: true, ...now };
}

function higher(current: UnitLevel | null, level: UnitLevel): UnitLevel {
  return current && levelRank(current) > levelRank(level) ? current : level;
}

function scoreProblem(
  scores: { criterionId: number; score: number }[],
  criteria: { id: number; name: string; maxScore: number }[],
): string | null {
  const seen = new Set<number>();
  for (const s of scores) {
    if (seen.has(s.criterionId)) return rvi.errors.scoreDuplicate;
    seen.add(s.criterionId);
    const c = criteria.find((x) => x.id === s.criterionId);
    if (!c) return rvi.errors.scoreUnknownCriterion;
    if (s.score < 0 || s.score > c.maxScore)
      return rvi.errors.scoreOutOfRange.replace("{name}", c.name).replace("{max}", String(c.maxScore));
  }
  return null;
}

/** Removes what the undone step created and recomputes the "highest level" columns from what remains. */
async function revertSideRows(tx: Tx, modelId: number, undone: { action: string; level: UnitLevel | null }) {
  if (undone.level === null) return;
  if (undone.action === "RECOGNIZE") {
    await tx.recognition.deleteMany({ where: { modelId, level: undone.level } });
    const rest = await tx.recognition.findMany({ where: { modelId }, select: { level: true } });
    await tx.model.update({ where: { id: modelId }, data: { recognizedLevel: topLevel(rest.map((r) => r.level)) } });
  }
  if (undone.action === "DESIGNATE_TYPICAL") {
    await tx.typicalDesignation.deleteMany({ where: { modelId, level: undone.level } });
    const rest = await tx.typicalDesignation.findMany({ where: { modelId }, select: { level: true } });
    await tx.model.update({ where: { id: modelId }, data: { typicalLevel: topLevel(rest.map((r) => r.level)) } });
  }
}

function topLevel(levels: UnitLevel[]): UnitLevel | null {
  return levels.reduce<UnitLevel | null>((top, l) => (top === null || levelRank(l) > levelRank(top) ? l : top), null);
}
