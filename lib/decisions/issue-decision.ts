import "server-only";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/types";
import { audit } from "@/lib/audit";
import { formatDate } from "@/lib/format";
import { DECISION_MESSAGES as M } from "@/lib/i18n/decisions";
import { can } from "@/lib/permissions";
import { conflict, fail, forbidden, notFound, parseInput, type Result } from "@/lib/models/result";
import { VersionedId } from "./schema";
import { decisionScopeWhere } from "./shared";

export type IssueDecisionResult = Result<{ id: number; version: number }>;

/** Key of the COMMEND timeline step a decision wrote for a model (lets a reopen find and undo it). */
export function commendKey(decisionId: number, version: number, modelId: number): string {
  return `decision-${decisionId}-v${version}-model-${modelId}`;
}

/**
 * DRAFT → ISSUED: the list is locked, and each honoree's model gets a "Khen thưởng" step on its timeline.
 */
export async function issueDecision(actor: Actor, input: VersionedId): Promise<IssueDecisionResult> {
  const parsed = parseInput(VersionedId, input);
  if ("fail" in parsed) return { ...parsed.fail, message: M.invalid };
  const { id, version } = parsed.data;

  const decision = await prisma.decision.findFirst({
    where: { id, ...decisionScopeWhere(actor) },
    include: {
      issuer: { include: { unit: { select: { id: true, level: true } } } },
      honorees: { select: { modelId: true, model: { select: { state: true } } } },
    },
  });
  if (!decision) return notFound(M.notFound);
  if (!can(actor, "manage:decision:subtree")) return forbidden(M.forbidden);
  if (decision.status !== "DRAFT") return fail("illegal_state", M.notIssuable);
  if (decision.version !== version) return conflict(M.conflict);
  if (decision.honorees.length === 0) return fail("invalid", M.honoreesEmpty);

  const comment = M.commendComment(decision.numberText, formatDate(decision.decisionDate));
  const result = await prisma.$transaction(async (tx) => {
    const { count } = await tx.decision.updateMany({
      where: { id, version, status: "DRAFT" },
      data: { status: "ISSUED", issuedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) return null;
    await tx.reviewEvent.createMany({
      data: decision.honorees
        .filter((h) => h.modelId !== null && h.model)
        .map((h) => ({
          modelId: h.modelId!,
          action: "COMMEND" as const,
          fromState: h.model!.state,
          toState: h.model!.state,
          level: decision.issuer.unit.level,
          unitId: decision.issuer.unit.id,
          actorId: actor.userId,
          comment,
          requestKey: commendKey(id, version + 1, h.modelId!),
        })),
    });
    await audit(tx, {
      actorId: actor.userId,
      action: "decision.issue",
      entity: "Decision",
      entityId: id,
      data: { numberText: decision.numberText, honorees: decision.honorees.length },
    });
    return version + 1;
  });
  if (result === null) return conflict(M.conflict);
  return { ok: true, id, version: result };
}
